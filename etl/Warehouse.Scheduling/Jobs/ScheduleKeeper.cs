using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// Puts the nightly job and its cron trigger in the job store at start, before the scheduler
/// begins firing. An unchanged trigger is left exactly as stored: replacing it would move its
/// next fire time to "from now" and lose a run missed while the host was down, which the
/// trigger's misfire rule (fire once, then proceed) is there to catch.
/// </summary>
public sealed class ScheduleKeeper(
    ISchedulerFactory schedulers,
    SchedulerSettings settings,
    RunHistory history,
    ILogger<ScheduleKeeper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await history.EnsureSchemaAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        if (!settings.JobStore.Clustered)
        {
            // One node: whatever this node left running died with its last process.
            await history.InterruptNodeAsync(scheduler.SchedulerInstanceId, cancellationToken);
        }

        var job = JobBuilder.Create<NightlyJob>()
            .WithIdentity(JobKeys.Nightly)
            .WithDescription("Scan the input folders, extract, load the warehouse, write the workbooks.")
            .StoreDurably()
            .RequestRecovery()
            .Build();

        var timeZone = SettingsValidator.TryFindTimeZone(settings.TimeZone)!;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(JobKeys.NightlySchedule)
            .ForJob(JobKeys.Nightly)
            .WithDescription($"{settings.Cron} ({settings.TimeZone})")
            .WithSchedule(CronScheduleBuilder.Create(settings.Cron)
                .InTimeZone(timeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var stored = await scheduler.GetTrigger(JobKeys.NightlySchedule, cancellationToken) as ICronTrigger;
        if (stored is null)
        {
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
            logger.LogInformation("Scheduled the nightly job: {Cron} in {TimeZone}.", settings.Cron, settings.TimeZone);
        }
        else if (stored.CronExpressionString != settings.Cron || stored.TimeZone.Id != timeZone.Id)
        {
            await scheduler.RescheduleJob(JobKeys.NightlySchedule, trigger, cancellationToken);
            logger.LogInformation("Rescheduled the nightly job: {Cron} in {TimeZone} (was {Old}).", settings.Cron, settings.TimeZone, stored.CronExpressionString);
        }
        else
        {
            logger.LogInformation("Kept the stored schedule; next fire {Next:u}.", stored.NextFireTimeUtc);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
