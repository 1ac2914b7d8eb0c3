using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// Puts the nightly recurring job in the store at every start, from the settings. Hangfire keeps
/// a stored schedule as it is when the cron and time zone did not change, so a night missed
/// while the host was down is still due and runs once when it comes back (misfire handling
/// "relaxed"); a changed cron or time zone replaces the schedule. This happens once the host
/// listens (a start refused for its address stores nothing) and before the Hangfire server
/// begins, which waits for the application to have started.
/// </summary>
public sealed class NightlySchedule(
    IRecurringJobManager recurringJobs,
    SchedulerSettings settings,
    JobStore store,
    ILogger<NightlySchedule> logger) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (store.CreatedNow)
        {
            logger.LogWarning(
                "Started a new, empty job store ({Store}). If one existed before, its job states and retries are gone; the runs themselves stay recorded in the warehouse (etl_run).",
                store.Description);
        }

        // Full paths: they are the job's arguments, shown on the dashboard, and every node must mean the same files.
        string[] input = [.. settings.Input.Select(Path.GetFullPath)];
        var database = Path.GetFullPath(settings.Database);
        var output = Path.GetFullPath(settings.Output);
        recurringJobs.AddOrUpdate<NightlyJob>(
            NightlyJob.RecurringId,
            job => job.RunAsync(input, database, output, CancellationToken.None),
            settings.Cron,
            new RecurringJobOptions
            {
                TimeZone = SettingsValidator.TryFindTimeZone(settings.TimeZone)!,
                MisfireHandling = MisfireHandlingMode.Relaxed,
            });
        logger.LogInformation("Nightly job scheduled: {Cron} in {TimeZone}; job store {Store}.", settings.Cron, settings.TimeZone, store.Description);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
