using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// A rehearsal run body (Warehouse:DrillSeconds): it waits, honouring cancellation, and touches
/// no data. It lets an operator watch a schedule fire, a retry, or a cluster hand a run over
/// before the real pipeline is pointed at the warehouse.
/// </summary>
public sealed class DrillRun(TimeSpan duration, TimeProvider clock) : INightlyRun
{
    public async Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var seconds = (int)Math.Ceiling(duration.TotalSeconds);
        for (var done = 0; done < seconds; done++)
        {
            progress?.Report(new RunProgress("drill", done, seconds, null));
            await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
        }

        return new RunSummary(0, "drill", RunCounts.None, [], []);
    }
}
