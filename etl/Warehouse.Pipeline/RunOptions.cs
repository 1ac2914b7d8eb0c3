namespace Warehouse.Pipeline;

/// <summary>What one run of the nightly job reads and writes.</summary>
/// <param name="InputFolders">Folders scanned recursively for report files.</param>
/// <param name="DatabasePath">The DuckDB warehouse file.</param>
/// <param name="OutputFolder">Where the workbooks go; null writes none.</param>
/// <param name="ReportYear">Only this data year's workbook; null writes one per year present.</param>
public sealed record RunOptions(
    IReadOnlyList<string> InputFolders,
    string DatabasePath,
    string? OutputFolder,
    int? ReportYear = null);
