using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Every fact of the year's reports with its evidence text and a link to its source document.
/// Each value shows the decimals the report gave (units differ row to row: 亿元, 万吨, %), with
/// its qualifier's sign. A figure for a period (十三五 total or average) shows its years, 2016–2020,
/// never a single year.
/// </summary>
public static class FactsSheet
{
    public const string Evidence = "原文证据";
    public const string Indicator = "指标";
    public const string Years = "年份 year(s)";
    public const string Value = "数值";

    public static SheetModel Build(RankingData data, IReadOnlyDictionary<long, CellLink> sourceLinks)
    {
        var columns = new List<ColumnSpec>
        {
            new("文档"), new("地区"), new("代码"), new("级别"), new("省份"), new(Indicator), new("类型"), new(Years),
            new("度量"), new(Value), new("上限"), new("单位"), new("限定"), new("预计"), new("已更正"), new("置信度"),
            new(Evidence), new("来源文件"), new("指标代码 code"),
        };
        var rows = TableRows.Of(data.Facts, f => (SheetCell[])
        [
            SourcesSheet.LinkTo(f.DocumentId, sourceLinks), SheetCell.Of(f.RegionName), SheetCell.Of(f.RegionCode),
            SheetCell.Of(Labels.Level(f.Level)), SheetCell.Of(f.ProvinceName), SheetCell.Of(data.Indicators.Name(f.Indicator)),
            SheetCell.Of(Labels.Kind(f.Kind)), SheetCell.Of(Labels.Period(f.Year, f.PeriodStart)), SheetCell.Of(Labels.Measure(f.Measure)),
            SheetCell.Figure(f.Value, Labels.Sign(f.Qualifier)), SheetCell.Figure(f.ValueHigh), SheetCell.Of(f.Unit),
            SheetCell.Of(Labels.Qualifier(f.Qualifier)), SheetCell.Of(Labels.YesNo(f.Estimate is true ? true : null, "预计")),
            SheetCell.Of(Labels.YesNo(f.Corrected is true ? true : null, "已更正")), SheetCell.Of(f.Confidence, CellStyle.Amount),
            SheetCell.Of(f.Evidence), SheetCell.Of(f.SourcePath), SheetCell.Of(f.Indicator),
        ]);

        var sheet = new SheetModel(SheetNames.Facts) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.AddTable(0, 0, new TableSpec("Facts", columns, rows));
        sheet.LimitWidth(columns.Count - 3, 60);
        sheet.LimitWidth(columns.Count - 2, 40);
        return sheet;
    }
}
