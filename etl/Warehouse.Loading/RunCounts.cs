namespace Warehouse.Loading;

/// <summary>What a run counted: files by outcome and the facts it loaded (etl_run's counts).</summary>
public sealed record RunCounts(
    int FilesSeen,
    int FilesNew,
    int FilesChanged,
    int FilesUnchanged,
    int FilesSkipped,
    int FilesRemoved,
    int FactsLoaded)
{
    public static RunCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
