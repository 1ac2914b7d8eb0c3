using Microsoft.Extensions.Logging;
using Quartz;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Scheduling.History;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// The Quartz job around the nightly run: it records the attempt in the run history, runs the
/// pipeline with the firing's cancellation token (signalled by "interrupt" and by a graceful
/// shutdown), and throws on failure so that the scheduler's retry policy takes over.
/// Never two at once, on one node or across a cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NightlyJob(
    INightlyRun run,
    RunOptions options,
    RunHistory history,
    ILogger<NightlyJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken stopping)
    {
        var runId = Guid.NewGuid().ToString("N");
        var node = context.Scheduler.SchedulerInstanceId;
        var kind = TriggerKind(context);

        // The history write must not be skipped because a shutdown began a moment ago.
        await history.StartAsync(runId, context.JobDetail.Key.Name, node, kind, context.RetryAttempt, CancellationToken.None);
        logger.LogInformation("Run {RunId} started on {Node} ({Kind}, attempt {Attempt}).", runId, node, kind, context.RetryAttempt);

        RunSummary summary;
        try
        {
            var progress = new Progress<RunProgress>(p => context.ReportProgress(Percent(p), $"{p.Stage} {p.Done}/{p.Total}"));
            summary = await run.ExecuteAsync(options, progress, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await history.FinishAsync(runId, RunStatus.Cancelled, RunCounts.None, [], [],
                "Stopped at a safe point: the scheduler was shutting down or the run was interrupted.", CancellationToken.None);
            logger.LogWarning("Run {RunId} stopped at a safe point on cancellation.", runId);
            throw;
        }
        catch (Exception ex)
        {
            await history.FinishAsync(runId, RunStatus.Failed, RunCounts.None, [ex.Message], [], ex.GetType().Name + ": " + ex.Message, CancellationToken.None);
            logger.LogError(ex, "Run {RunId} failed.", runId);
            throw new JobExecutionException($"The nightly run failed: {ex.Message}", ex);
        }

        await history.FinishAsync(runId, summary, CancellationToken.None);
        logger.LogInformation(
            "Run {RunId} finished: {Status}, {Files} files seen, {Facts} facts loaded, {Errors} errors.",
            runId, summary.Status, summary.Counts.FilesSeen, summary.Counts.FactsLoaded, summary.Errors.Count);

        if (string.Equals(summary.Status, RunStatus.Failed, StringComparison.OrdinalIgnoreCase))
        {
            // A run that reports failure without throwing is still one the retry policy should see.
            throw new JobExecutionException($"The nightly run reported failure: {string.Join("; ", summary.Errors.Take(3))}");
        }
    }

    private static string TriggerKind(IJobExecutionContext context) =>
        context.Recovering ? "recovery"
        : context.RetryAttempt > 0 ? "retry"
        : context.MergedJobDataMap.ContainsKey(JobKeys.RequestedBy) ? "manual"
        : "scheduled";

    private static int Percent(RunProgress p) => p.Total <= 0 ? 0 : Math.Clamp(p.Done * 100 / p.Total, 0, 100);
}
