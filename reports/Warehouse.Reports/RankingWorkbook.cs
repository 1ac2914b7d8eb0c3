using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;
using Warehouse.Reports.Sheets;

namespace Warehouse.Reports;

/// <summary>The sheets of one data year's ranking workbook, in tab order.</summary>
public static class RankingWorkbook
{
    /// <summary>
    /// Each sheet is built when it is asked for, so a writer that writes it before asking for the
    /// next holds one sheet's cells at a time: the facts sheet alone has a cell for every fact.
    /// </summary>
    public static IEnumerable<SheetModel> Sheets(RankingData data)
    {
        var sourceLinks = SourcesSheet.LinksOf(data);
        var body = new List<(string Name, Func<SheetModel> Build)>();
        body.AddRange(SheetNames.Rankings.Select(r => (r.Sheet, (Func<SheetModel>)(() => RankingSheet.Build(data, r.Level, r.Sheet, r.Table)))));
        body.Add((SheetNames.Targets, () => TargetsSheet.Build(data)));
        body.Add((SheetNames.TargetEscalation, () => TargetEscalationSheet.Build(data)));
        body.Add((SheetNames.EscalationSummary, () => EscalationSummarySheet.Build(data)));
        body.Add((SheetNames.TargetAchievement, () => TargetAchievementSheet.Build(data, sourceLinks)));
        body.Add((SheetNames.RankClaims, () => RankClaimsSheet.Build(data, sourceLinks)));
        body.Add((SheetNames.GdpChart, () => GdpGrowthChartSheet.Build(data)));
        body.Add((SheetNames.Facts, () => FactsSheet.Build(data, sourceLinks)));
        body.Add((SheetNames.Sources, () => SourcesSheet.Build(data)));

        yield return OverviewSheet.Build(data, [SheetNames.Overview, .. body.Select(sheet => sheet.Name)]);
        foreach (var (_, build) in body)
        {
            yield return build();
        }
    }
}
