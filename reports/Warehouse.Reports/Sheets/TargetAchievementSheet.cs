using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Targets for the data year (set in the previous year's report, or a five-year plan ending in
/// it) next to the result reported for the year: met or missed and by how much, and where the
/// result comes from: the report of the next year, which may not be loaded yet.
/// </summary>
public static class TargetAchievementSheet
{
    public const string Actual = "实际";
    public const string Met = "是否完成";
    public const string Gap = "差距";
    public const string ResultFrom = "实绩出处 result from";

    public static SheetModel Build(RankingData data, IReadOnlyDictionary<long, CellLink> sourceLinks)
    {
        var columns = new List<ColumnSpec>
        {
            new("地区"), new("代码"), new("级别"), new("省份"), new("指标"), new("度量"), new("目标类型"),
            new("目标"), new("目标上限"), new("目标原文"), new(Actual), new(Met), new(Gap, ColumnHighlight.ColourScale),
            new("单位"), new(ResultFrom), new("目标出处"),
        };
        var rows = TableRows.Of(data.Achievements, a => (SheetCell[])
        [
            SheetCell.Of(a.RegionName), SheetCell.Of(a.RegionCode), SheetCell.Of(Labels.Level(a.Level)), SheetCell.Of(a.ProvinceName),
            SheetCell.Of(data.Indicators.Name(a.Indicator)), SheetCell.Of(Labels.Measure(a.Measure)), SheetCell.Of(Labels.Kind(a.TargetKind)),
            SheetCell.Figure(a.TargetValue, Labels.Sign(a.TargetQualifier)), SheetCell.Figure(a.TargetValueHigh),
            SheetCell.Of(Labels.Stated(a.TargetValue, a.TargetValueHigh, a.Unit, a.TargetQualifier)),
            SheetCell.Figure(a.ActualValue, Labels.Sign(a.ActualQualifier)), SheetCell.Of(Verdict(a)),
            SheetCell.Figure(a.Gap, Labels.Sign(a.ActualQualifier)), SheetCell.Of(a.Unit),
            SheetCell.Of(ResultNote(a)).LinkedTo(a.ActualDocumentId is long document ? SourcesSheet.LinkOf(document, sourceLinks) : null),
            SheetCell.Of(a.TargetEvidence),
        ]);

        var sheet = new SheetModel(SheetNames.TargetAchievement) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.AddTable(0, 0, new TableSpec("Target_achievement", columns, rows));
        sheet.LimitWidth(columns.Count - 2, 60);
        sheet.LimitWidth(columns.Count - 1, 50);
        return sheet;
    }

    private static string Verdict(AchievementRow a) => (a.Met, a.ActualValue) switch
    {
        (true, _) => "完成 met",
        (false, _) => "未完成 missed",
        (null, not null) => "无法判断 undecided: the result is a bound",
        _ => string.Empty,
    };

    /// <summary>Where the result for the target's year comes from, and why it is blank when it is.</summary>
    public static string ResultNote(AchievementRow a)
    {
        var year = a.ResultReportYear.ToString(CultureInfo.InvariantCulture);
        if (a.ActualValue is not null)
        {
            return a.ActualDocumentId is long document
                ? $"已载入 loaded: document {document.ToString(CultureInfo.InvariantCulture)}"
                : "已载入 loaded";
        }

        return a.ResultReportLoaded
            ? $"{year}年报告已载入但未报 · {year} report loaded, states none"
            : $"应见{year}年报告，未载入 · from the {year} report: not loaded";
    }
}
