using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>Every report of the year: kind, hash, path (a link to the file), title, dates, fact count and warnings.</summary>
public static class SourcesSheet
{
    /// <summary>A link to each document's row on this sheet, made once and shared by every cell that points there.</summary>
    public static IReadOnlyDictionary<long, CellLink> LinksOf(RankingData data) =>
        data.Sources.Select((source, index) => (source.DocumentId, Link: CellLink.ToCell(SheetNames.Sources, CellReference.Of(index + 1, 0))))
            .ToDictionary(x => x.DocumentId, x => x.Link);

    /// <summary>A document id that jumps to its row on the Sources sheet.</summary>
    public static SheetCell LinkTo(long documentId, IReadOnlyDictionary<long, CellLink> sourceLinks) =>
        SheetCell.Of(documentId).LinkedTo(LinkOf(documentId, sourceLinks));

    /// <summary>The document's row on the Sources sheet, or null when this workbook does not list it.</summary>
    public static CellLink? LinkOf(long documentId, IReadOnlyDictionary<long, CellLink> sourceLinks) =>
        sourceLinks.GetValueOrDefault(documentId);

    public static SheetModel Build(RankingData data)
    {
        var columns = new List<ColumnSpec>
        {
            new("文档"), new("地区"), new("代码"), new("标题"), new("文档类型"), new("报告年份"), new("回顾年份"), new("会议日期"),
            new("事实数", ColumnHighlight.DataBar), new("警告"), new("来源文件"), new("文件内序号"), new("内容哈希SHA-256"), new("载入时间"),
        };
        var rows = TableRows.Of(data.Sources, s => (SheetCell[])
        [
            SheetCell.Of(s.DocumentId), SheetCell.Of(s.RegionName), SheetCell.Of(s.RegionCode), SheetCell.Of(s.Title), SheetCell.Of(Labels.DocumentKind(s.DocumentKind)),
            SheetCell.Of((double?)s.ReportYear, CellStyle.Default), SheetCell.Of((double?)s.ReviewYear, CellStyle.Default),
            SheetCell.Of(s.MeetingDate), SheetCell.Of(s.Facts), SheetCell.Of(s.Warnings),
            SheetCell.Of(s.SourcePath).LinkedTo(CellLink.ToFile(s.SourcePath)), SheetCell.Of((double?)s.IndexInFile, CellStyle.Default),
            SheetCell.Of(s.ContentHash), SheetCell.Of(s.LoadedAt),
        ]);

        var sheet = new SheetModel(SheetNames.Sources) { FrozenRows = 1 };
        sheet.AddTable(0, 0, new TableSpec("Sources", columns, rows));
        sheet.LimitWidth(3, 40);
        sheet.LimitWidth(9, 40);
        sheet.LimitWidth(10, 50);
        return sheet;
    }
}
