using System.Data.Common;
using Warehouse.Reports;

namespace Warehouse.Pipeline;

/// <summary>The reporting step: ranking workbooks from a warehouse connection.</summary>
public interface IWorkbookWriter
{
    /// <summary>Writes the workbooks whose content changed into <paramref name="outputFolder"/>; returns their paths. A year that fails goes to <paramref name="reportError"/> and the others are still written; a failure of the whole step throws.</summary>
    /// <param name="year">Only this data year; null for one workbook per year present.</param>
    /// <param name="progress">Hears of each workbook as it is done.</param>
    IReadOnlyList<string> Write(DbConnection warehouse, string outputFolder, int? year, Action<string> reportError, IProgress<WorkbookProgress>? progress, CancellationToken cancellationToken);
}
