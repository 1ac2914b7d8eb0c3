using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;
using Warehouse.Reports.Sheets;

namespace Warehouse.Reports;

/// <summary>The sheets of one data year's ranking workbook, in tab order.</summary>
public static class RankingWorkbook
{
    public static IReadOnlyList<SheetModel> Sheets(RankingData data)
    {
        var sourceCells = SourcesSheet.CellsOf(data);
        var body = new List<SheetModel>();
        body.AddRange(SheetNames.Rankings.Select(r => RankingSheet.Build(data, r.Level, r.Sheet, r.Table)));
        body.Add(TargetsSheet.Build(data));
        body.Add(TargetEscalationSheet.Build(data));
        body.Add(EscalationSummarySheet.Build(data));
        body.Add(TargetAchievementSheet.Build(data, sourceCells));
        body.Add(RankClaimsSheet.Build(data, sourceCells));
        body.Add(GdpGrowthChartSheet.Build(data));
        body.Add(FactsSheet.Build(data, sourceCells));
        body.Add(SourcesSheet.Build(data));

        var names = body.Select(s => s.Name).Prepend(SheetNames.Overview).ToList();
        return [OverviewSheet.Build(data, names), .. body];
    }
}
