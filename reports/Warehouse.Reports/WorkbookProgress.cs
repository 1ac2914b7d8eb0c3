namespace Warehouse.Reports;

/// <summary>A workbook done (written or failed): <paramref name="Done"/> of <paramref name="Due"/> so far.</summary>
public sealed record WorkbookProgress(int Done, int Due, string Path);
