using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// The growth targets the reports set for the next year, side by side per region: the figure
/// (with its qualifier's sign), the target as stated (6.5%左右, 8%以上) and its rank among the
/// same level (who aims highest). The national target comes first, as the unranked baseline.
/// </summary>
public static class TargetsSheet
{
    public static string Target(RankedIndicator indicator) => $"{indicator.ShortNameZh}目标%";

    public static string Stated(RankedIndicator indicator) => $"{indicator.ShortNameZh}目标原文";

    public static string Rank(RankedIndicator indicator) => $"{indicator.ShortNameZh}目标同级排名";

    public static SheetModel Build(RankingData data)
    {
        var byRegion = data.Targets.GroupBy(t => t.RegionCode)
            .OrderBy(g => SheetNames.LevelOrder(g.First().Level))
            .ThenBy(g => g.First().ProvinceName, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal);

        var columns = new List<ColumnSpec> { new("地区"), new("代码"), new("级别"), new("省份"), new("上级") };
        foreach (var indicator in MainIndicators.All)
        {
            columns.Add(new(Target(indicator), ColumnHighlight.ColourScale));
            columns.Add(new(Stated(indicator)));
            columns.Add(new(Rank(indicator)));
        }

        var rows = new List<SheetCell[]>();
        foreach (var region in byRegion)
        {
            var first = region.First();
            var cells = new List<SheetCell>
            {
                SheetCell.Of(first.Level == "national" ? first.RegionName + RankingSheet.Baseline : first.RegionName),
                SheetCell.Of(first.RegionCode), SheetCell.Of(Labels.Level(first.Level)), SheetCell.Of(first.ProvinceName), SheetCell.Of(first.ParentName),
            };
            var targets = region.ToDictionary(t => t.Indicator);
            foreach (var indicator in MainIndicators.All)
            {
                var target = targets.GetValueOrDefault(indicator.Code);
                cells.Add(SheetCell.Figure(target?.Value, Labels.Sign(target?.Qualifier)));
                cells.Add(SheetCell.Of(target is null ? null : Labels.Stated(target.Value, target.ValueHigh, target.Unit ?? "%", target.Qualifier)));
                cells.Add(SheetCell.Of(target?.RankLevel));
            }

            rows.Add([.. cells]);
        }

        var sheet = new SheetModel(SheetNames.Targets) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.AddTable(0, 0, new TableSpec("Targets", columns, rows));
        return sheet;
    }
}
