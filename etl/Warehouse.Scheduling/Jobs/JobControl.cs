using Quartz;

namespace Warehouse.Scheduling.Jobs;

/// <summary>What an operator can see and do with the jobs: list, run now, pause, resume.</summary>
public sealed class JobControl(ISchedulerFactory schedulers)
{
    public async Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var views = new List<JobView>();
        foreach (var key in JobKeys.All)
        {
            if (!await scheduler.Exists(key, cancellationToken))
            {
                continue;
            }

            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var states = new List<TriggerState>();
            foreach (var trigger in triggers)
            {
                states.Add(await scheduler.GetTriggerState(trigger.Key, cancellationToken));
            }

            var schedule = triggers.OfType<ICronTrigger>().FirstOrDefault();
            views.Add(new JobView(
                key,
                detail?.Description,
                schedule is null ? null : $"{schedule.CronExpressionString} ({schedule.TimeZone.Id})",
                triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t.HasValue).Max(),
                triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min(),
                states.Contains(TriggerState.Blocked) || states.Contains(TriggerState.Executing),
                states.Count > 0 && states.All(s => s == TriggerState.Paused)));
        }

        return views;
    }

    /// <summary>
    /// Fires the job now unless it is already running anywhere: the job never overlaps itself,
    /// so a second request would only queue behind the first, which is not what "run now" means.
    /// </summary>
    public async Task<RunNowResult> RunNowAsync(JobKey key, string requestedBy, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(key, cancellationToken))
        {
            return new RunNowResult(false, $"There is no job {key}.");
        }

        var job = (await ListAsync(cancellationToken)).Single(j => j.Key.Equals(key));
        if (job.Running)
        {
            return new RunNowResult(false, $"Job {key} is already running; a second run was not started. Wait for it to finish.");
        }

        await scheduler.TriggerJob(key, new JobDataMap { [JobKeys.RequestedBy] = requestedBy }, cancellationToken);
        return new RunNowResult(true, $"Job {key} was started.");
    }

    public async Task PauseAsync(JobKey key, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).PauseJob(key, cancellationToken);

    public async Task ResumeAsync(JobKey key, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).ResumeJob(key, cancellationToken);
}

/// <summary>A job as the dashboard lists it.</summary>
public sealed record JobView(
    JobKey Key,
    string? Description,
    string? Schedule,
    DateTimeOffset? PreviousFire,
    DateTimeOffset? NextFire,
    bool Running,
    bool Paused);

/// <summary>Whether "run now" started a run, and what to tell the operator.</summary>
public sealed record RunNowResult(bool Started, string Message);
