using Warehouse.Loading;

namespace Warehouse.Pipeline;

/// <summary>The outcome of one run, as logged in etl_run, and the workbooks it wrote.</summary>
/// <param name="RunId">Its etl_run row; null for a run that found nothing new and wrote nothing.</param>
public sealed record RunSummary(
    long? RunId,
    string Status,
    RunCounts Counts,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Workbooks)
{
    /// <summary>Where the run's wall time went, stage by stage, in order.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];
}

/// <summary>The wall time of one stage of a run (scan, look, prepare, extract, load, publish, report).</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed);
