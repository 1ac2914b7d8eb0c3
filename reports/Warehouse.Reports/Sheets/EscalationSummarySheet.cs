using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// How much higher each level aims than the level above for the next year's growth targets:
/// per indicator, counties over their city, cities over their province, provinces over the
/// nation, mean and median excess with the count each rests on; below it a bar chart per main
/// indicator.
/// </summary>
public static class EscalationSummarySheet
{
    public const string Comparison = "比较 comparison";
    public const string Regions = "地区数 regions";
    public const string Mean = "平均差 mean (pp)";
    public const string Median = "中位差 median (pp)";

    private const int TableRow = 4;
    private const int ChartWidth = 3;
    private const int ChartHeight = 15;

    public static SheetModel Build(RankingData data)
    {
        var targetYear = (data.Year + 1).ToString(CultureInfo.InvariantCulture);
        var sheet = new SheetModel(SheetNames.EscalationSummary);
        sheet.Set(0, 0, SheetCell.Of($"目标层层加码 {targetYear} · Target escalation in the growth targets for {targetYear}", CellStyle.Title));
        sheet.Set(1, 0, SheetCell.Of("差 = 本级增长目标 − 上一级的（百分点）；区间取下限；只计两级目标都已载入的地区。 Excess = own growth target − the level above's, in percentage points; a range counts by its lower bound; only regions with both targets loaded count.", CellStyle.Note));
        sheet.Set(2, 0, SheetCell.Of($"逐个地区见 {SheetNames.TargetEscalation}。 Region by region: {SheetNames.TargetEscalation}.", CellStyle.Note).LinkedTo(CellLink.ToCell(SheetNames.TargetEscalation, "A1")));

        var summary = data.EscalationSummary
            .OrderBy(s => MainIndicators.Order(s.Indicator)).ThenBy(s => s.Indicator, StringComparer.Ordinal)
            .ThenBy(s => SheetNames.LevelOrder(s.Level)).ThenBy(s => SheetNames.LevelOrder(s.ParentLevel))
            .ToList();
        var table = sheet.AddTable(TableRow, 0, new TableSpec(
            "Escalation_summary",
            [
                new("指标 indicator"), new(Comparison), new(Regions), new(Mean), new(Median),
                new("高于 above"), new("持平 level"), new("低于 below"), new(TargetEscalationSheet.Note),
            ],
            summary.Select(s => (SheetCell[])
            [
                SheetCell.Of(data.Indicators.Name(s.Indicator)), SheetCell.Of(Labels.Comparison(s.Level, s.ParentLevel)), SheetCell.Of(s.Regions),
                SheetCell.Of(s.MeanExcess, CellStyle.Amount), SheetCell.Of(s.MedianExcess, CellStyle.Amount),
                SheetCell.Of(s.RegionsAbove), SheetCell.Of(s.RegionsLevel), SheetCell.Of(s.RegionsBelow),
                SheetCell.Of(s.LowerBoundUsed ? TargetEscalationSheet.LowerBound : null),
            ]).ToList()));

        if (summary.Count == 0)
        {
            sheet.Set(3, 0, SheetCell.Of($"没有两级目标都已载入的地区。 No region has both its own and the level above's {targetYear} target loaded.", CellStyle.Note));
            return sheet;
        }

        // One chart per main indicator, under the table, over that indicator's rows.
        var chartRow = table.LastRow + 2;
        foreach (var indicator in MainIndicators.All)
        {
            var first = summary.FindIndex(s => s.Indicator == indicator.Code);
            if (first < 0)
            {
                continue;
            }

            var count = summary.Count(s => s.Indicator == indicator.Code);
            sheet.AddBarChart(
                $"{indicator.ShortNameZh}增长目标加码 {targetYear} · {indicator.NameEn} growth target escalation (pp)",
                table, 1, [3, 4], new ChartArea(chartRow, 0, chartRow + ChartHeight - 1, ChartWidth), first..(first + count), "0.0#");
            chartRow += ChartHeight;
        }

        return sheet;
    }
}
