using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Target escalation (层层加码) region by region: each growth target for the next year next to
/// its parent's, its province's and the nation's, and how many percentage points higher it is.
/// The main growth indicators come first (GDP, industry, investment, retail, budget revenue).
/// </summary>
public static class TargetEscalationSheet
{
    public const string Indicator = "指标";
    public const string Own = "本级目标 own";
    public const string OverParent = "高于上级 over parent (pp)";
    public const string OverProvince = "高于省 over province (pp)";
    public const string OverNation = "高于全国 over nation (pp)";
    public const string Note = "注 note";
    public const string LowerBound = "区间按下限比较 ranges compared by their lower bound";

    public static SheetModel Build(RankingData data)
    {
        var columns = new List<ColumnSpec>
        {
            new("地区"), new("代码"), new("级别"), new("省份"), new("上级 parent"), new(Indicator),
            new(Own), new("上级目标 parent's"), new("省目标 province's"), new("全国目标 nation's"),
            new(OverParent), new(OverProvince), new(OverNation),
            new(Note),
        };
        var ordered = data.Escalation
            .OrderBy(e => MainIndicators.Order(e.Indicator)).ThenBy(e => e.Indicator, StringComparer.Ordinal)
            .ThenBy(e => SheetNames.LevelOrder(e.Level))
            .ToList();
        var rows = TableRows.Of(ordered, e => (SheetCell[])
            [
                SheetCell.Of(e.RegionName), SheetCell.Of(e.RegionCode), SheetCell.Of(Labels.Level(e.Level)), SheetCell.Of(e.ProvinceName),
                SheetCell.Of(e.ParentName), SheetCell.Of(data.Indicators.Name(e.Indicator)),
                SheetCell.Of(Labels.Stated(e.Own)), SheetCell.Of(Labels.Stated(e.Parent)), SheetCell.Of(Labels.Stated(e.Province)),
                SheetCell.Of(Labels.Stated(e.National)),
                SheetCell.Figure(e.ExcessOverParent), SheetCell.Figure(e.ExcessOverProvince), SheetCell.Figure(e.ExcessOverNational),
                SheetCell.Of(e.LowerBoundUsed ? LowerBound : null),
            ]);

        var sheet = new SheetModel(SheetNames.TargetEscalation) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.AddTable(0, 0, new TableSpec("Target_escalation", columns, rows));
        return sheet;
    }
}
