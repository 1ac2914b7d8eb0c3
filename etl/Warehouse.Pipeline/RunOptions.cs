namespace Warehouse.Pipeline;

/// <summary>What one run of the nightly job reads and writes.</summary>
/// <param name="InputFolders">Folders scanned recursively for report files.</param>
/// <param name="DatabasePath">The DuckDB warehouse file.</param>
/// <param name="OutputFolder">Where the workbooks go; null writes none.</param>
/// <param name="ReportYear">Only this data year's workbook; null writes one per year present.</param>
/// <param name="MaxRemovedShare">
/// The largest share of the warehouse's documents a run may mark removed (their files gone from
/// the input); a run that would remove more stops as failed. 1 allows any.
/// </param>
public sealed record RunOptions(
    IReadOnlyList<string> InputFolders,
    string DatabasePath,
    string? OutputFolder,
    int? ReportYear = null,
    double MaxRemovedShare = RunOptions.DefaultMaxRemovedShare)
{
    public const double DefaultMaxRemovedShare = 0.2;
}
