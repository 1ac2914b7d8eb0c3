using Warehouse.Loading;
using Warehouse.Reports;

namespace Warehouse.Pipeline;

/// <summary>The reporting step (Warehouse.Reports), reading the just-published warehouse read-only.</summary>
public sealed class RankingWorkbooks : IWorkbookWriter
{
    public IReadOnlyList<string> Write(string databasePath, string outputFolder, int? year, CancellationToken cancellationToken)
    {
        using var connection = WarehouseFile.OpenReadOnly(databasePath);
        return RankingWorkbookWriter.WriteAll(connection, outputFolder, year);
    }
}
