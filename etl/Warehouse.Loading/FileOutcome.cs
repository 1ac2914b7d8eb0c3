namespace Warehouse.Loading;

/// <summary>What a run did with one file: a row of etl_document.</summary>
/// <param name="ContentHash">Null when the file was not hashed (unchanged by size and time, or removed).</param>
/// <param name="Status">One of the constants below.</param>
/// <param name="Reason">Why a file was skipped, or why a loaded one gave no report to rank.</param>
public sealed record FileOutcome(
    string SourcePath,
    string? ContentHash,
    string Status,
    string? Reason = null,
    int Reports = 0,
    int Facts = 0)
{
    public const string New = "new";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
    public const string Skipped = "skipped";
    public const string Removed = "removed";
}
