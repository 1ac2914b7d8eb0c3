namespace Warehouse.Loading;

/// <summary>The counts and outcome written to etl_run when a run ends.</summary>
/// <param name="Status">succeeded | failed.</param>
public sealed record RunCounts(
    string Status,
    int FilesSeen,
    int FilesNew,
    int FilesChanged,
    int FilesUnchanged,
    int FilesSkipped,
    int FilesRemoved,
    int FactsLoaded,
    IReadOnlyList<string> Errors);
