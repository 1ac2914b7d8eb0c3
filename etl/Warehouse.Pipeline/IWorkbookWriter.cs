namespace Warehouse.Pipeline;

/// <summary>The reporting step: ranking workbooks from the published warehouse.</summary>
public interface IWorkbookWriter
{
    /// <summary>Writes the workbooks whose content changed into <paramref name="outputFolder"/>; returns their paths.</summary>
    /// <param name="year">Only this data year; null for one workbook per year present.</param>
    IReadOnlyList<string> Write(string databasePath, string outputFolder, int? year, CancellationToken cancellationToken);
}
