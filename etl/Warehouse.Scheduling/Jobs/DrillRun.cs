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
        await Task.Delay(duration, clock, cancellationToken);
        return new RunSummary(0, "drill", RunCounts.None, [], []);
    }
}
