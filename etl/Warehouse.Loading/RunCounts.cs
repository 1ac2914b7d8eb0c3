namespace Warehouse.Loading;

/// <summary>What a run counted: files by outcome, the reports found in the files it loaded, and the facts it loaded.</summary>
/// <param name="ReportsLoaded">Reports in the new and changed files (etl_document.reports of the run; not a column of etl_run).</param>
public sealed record RunCounts(
    int FilesSeen,
    int FilesNew,
    int FilesChanged,
    int FilesUnchanged,
    int FilesSkipped,
    int FilesRemoved,
    int FactsLoaded,
    int ReportsLoaded)
{
    public static RunCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>The statuses of etl_run.status.</summary>
public static class RunStatus
{
    public const string Running = "running";

    /// <summary>Everything the run set out to do was done (bad files skipped with their reasons are part of that).</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The run loaded what it could see, but part of its job failed: an input folder unreadable, workbooks not written.</summary>
    public const string Partial = "partial";

    /// <summary>A run that found nothing to load, mark or upgrade and wrote nothing; it has no etl_run row.</summary>
    public const string NothingNew = "nothing new";

    /// <summary>The run did not do its job: no input folder could be read, or it stopped before removing too much.</summary>
    public const string Failed = "failed";
}
