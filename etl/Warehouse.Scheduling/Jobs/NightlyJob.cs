using Hangfire;
using Microsoft.Extensions.Logging;
using Warehouse.Pipeline;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// The Hangfire job around the nightly run. Its arguments are the paths (small, and shown on the
/// dashboard); the run itself records what it did in the warehouse (etl_run, etl_document), and
/// the job's result only names that record. Hangfire's cancellation token, signalled by a
/// shutdown or by deleting the job on the dashboard, reaches the pipeline, which stops at its
/// next safe point; the interrupted job goes back to the queue and runs again.
/// Never two at once, on one node or across several: a second one waits for the first's lock.
/// Retries with growing waits come from the host's filter (<see cref="SchedulingHost"/>).
/// </summary>
public sealed class NightlyJob(INightlyRun run, ILogger<NightlyJob> logger)
{
    /// <summary>The recurring job's id: the schedule and "trigger now" on the dashboard.</summary>
    public const string RecurringId = "nightly";

    /// <summary>
    /// How long a run waits for the one before it to finish (a "trigger now" during a run, or a
    /// run taken over from a node that died, whose lock must expire first) before it fails and
    /// is retried.
    /// </summary>
    public const int LockWaitSeconds = 60 * 60;

    [DisableConcurrentExecution(LockWaitSeconds)]
    [JobDisplayName("Nightly run: scan, extract, load, write workbooks")]
    public async Task<string> RunAsync(string[] inputFolders, string database, string output, CancellationToken cancellationToken)
    {
        var summary = await run.ExecuteAsync(new RunOptions(inputFolders, database, output), null, cancellationToken);
        logger.LogInformation(
            "Run {RunId} finished: {Status}, {Files} files seen, {Facts} facts loaded, {Errors} errors.",
            summary.RunId, summary.Status, summary.Counts.FilesSeen, summary.Counts.FactsLoaded, summary.Errors.Count);

        if (string.Equals(summary.Status, "failed", StringComparison.OrdinalIgnoreCase))
        {
            // A run that reports failure without throwing is still one the retry filter should see.
            throw new NightlyRunFailedException(summary.RunId, summary.Errors);
        }

        return $"etl_run {summary.RunId}: {summary.Status}";
    }
}

/// <summary>The pipeline finished but recorded its run as failed.</summary>
public sealed class NightlyRunFailedException(long runId, IReadOnlyList<string> errors)
    : Exception($"Run {runId} failed: {string.Join("; ", errors.Take(3))}");
