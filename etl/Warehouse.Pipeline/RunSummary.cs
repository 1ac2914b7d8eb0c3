using Warehouse.Loading;

namespace Warehouse.Pipeline;

/// <summary>The outcome of one run, as logged in etl_run, and the workbooks it wrote.</summary>
public sealed record RunSummary(
    long RunId,
    string Status,
    RunCounts Counts,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Workbooks);
