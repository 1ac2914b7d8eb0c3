using Warehouse.Loading;
using Warehouse.Reports;

namespace Warehouse.Pipeline;

/// <summary>
/// The reporting step (Warehouse.Reports), reading the just-published warehouse read-only. Only
/// the workbooks whose content changed are written (see <see cref="WorkbookStamps"/>): a run
/// that adds one year's late reports rewrites that year's workbook, not twenty.
/// </summary>
public sealed class RankingWorkbooks : IWorkbookWriter
{
    public IReadOnlyList<string> Write(string databasePath, string outputFolder, int? year, CancellationToken cancellationToken)
    {
        using var connection = WarehouseFile.OpenReadOnly(databasePath);
        return RankingWorkbookWriter.WriteChanged(connection, outputFolder, year);
    }
}
