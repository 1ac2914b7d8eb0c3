using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Targets for the data year (set in the previous year's report, or a five-year plan ending in
/// it) next to the result reported for the year: met or missed and by how much.
/// </summary>
public static class TargetAchievementSheet
{
    public static SheetModel Build(RankingData data)
    {
        var columns = new List<ColumnSpec>
        {
            new("地区"), new("代码"), new("级别"), new("省份"), new("指标"), new("度量"), new("目标类型"),
            new("目标"), new("目标上限"), new("目标原文"), new("实际"), new("是否完成"), new("差距", ColumnHighlight.ColourScale),
            new("单位"), new("目标出处"),
        };
        var rows = data.Achievements.Select(a => (IReadOnlyList<SheetCell>)
        [
            SheetCell.Of(a.RegionName), SheetCell.Of(a.RegionCode), SheetCell.Of(Labels.Level(a.Level)), SheetCell.Of(a.ProvinceName),
            SheetCell.Of(a.Indicator), SheetCell.Of(Labels.Measure(a.Measure)), SheetCell.Of(Labels.Kind(a.TargetKind)),
            SheetCell.Of(a.TargetValue, CellStyle.OneDecimal), SheetCell.Of(a.TargetValueHigh, CellStyle.OneDecimal),
            SheetCell.Of(Labels.Stated(a.TargetValue, a.TargetValueHigh, a.Unit, a.TargetQualifier)),
            SheetCell.Of(a.ActualValue, CellStyle.OneDecimal), SheetCell.Of(Labels.YesNo(a.Met, "完成 met", "未完成 missed")),
            SheetCell.Of(a.Gap, CellStyle.OneDecimal), SheetCell.Of(a.Unit), SheetCell.Of(a.TargetEvidence),
        ]).ToList();

        var sheet = new SheetModel(SheetNames.TargetAchievement) { FrozenRows = 1 };
        sheet.AddTable(0, 0, new TableSpec("Target_achievement", columns, rows));
        sheet.LimitWidth(columns.Count - 1, 50);
        return sheet;
    }
}
