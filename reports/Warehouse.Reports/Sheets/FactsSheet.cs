using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Every fact of the year's reports with its evidence text and a link to its source document.
/// Values keep the General format: units differ row to row (亿元, 万吨, %), and a fixed number
/// of decimals would hide figures such as 0.135亿美元.
/// </summary>
public static class FactsSheet
{
    public const string Evidence = "原文证据";

    public static SheetModel Build(RankingData data, IReadOnlyDictionary<long, string> sourceCells)
    {
        var columns = new List<ColumnSpec>
        {
            new("文档"), new("地区"), new("代码"), new("级别"), new("省份"), new("指标"), new("指标名称"), new("类型"), new("年份"),
            new("度量"), new("数值"), new("上限"), new("单位"), new("限定"), new("预计"), new("已更正"), new("置信度"),
            new(Evidence), new("来源文件"),
        };
        var rows = data.Facts.Select(f => (IReadOnlyList<SheetCell>)
        [
            SourcesSheet.LinkTo(f.DocumentId, sourceCells), SheetCell.Of(f.RegionName), SheetCell.Of(f.RegionCode),
            SheetCell.Of(Labels.Level(f.Level)), SheetCell.Of(f.ProvinceName), SheetCell.Of(f.Indicator), SheetCell.Of(f.IndicatorNameZh),
            SheetCell.Of(Labels.Kind(f.Kind)), SheetCell.Of((double)f.Year, CellStyle.Default), SheetCell.Of(Labels.Measure(f.Measure)),
            SheetCell.Of(f.Value, CellStyle.Default), SheetCell.Of(f.ValueHigh, CellStyle.Default), SheetCell.Of(f.Unit),
            SheetCell.Of(Labels.Qualifier(f.Qualifier)), SheetCell.Of(Labels.YesNo(f.Estimate is true ? true : null, "预计")),
            SheetCell.Of(Labels.YesNo(f.Corrected is true ? true : null, "已更正")), SheetCell.Of(f.Confidence, CellStyle.Amount),
            SheetCell.Of(f.Evidence), SheetCell.Of(f.SourcePath),
        ]).ToList();

        var sheet = new SheetModel(SheetNames.Facts) { FrozenRows = 1 };
        sheet.AddTable(0, 0, new TableSpec("Facts", columns, rows));
        sheet.LimitWidth(columns.Count - 2, 60);
        sheet.LimitWidth(columns.Count - 1, 40);
        return sheet;
    }
}
