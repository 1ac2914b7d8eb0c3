namespace Warehouse.Pipeline;

/// <summary>The outcome of one run, as logged in etl_run.</summary>
public sealed record RunSummary(
    long RunId,
    string Status,
    int FilesSeen,
    int FilesNew,
    int FilesChanged,
    int FilesUnchanged,
    int FilesSkipped,
    int FilesRemoved,
    int FactsLoaded,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Workbooks);
