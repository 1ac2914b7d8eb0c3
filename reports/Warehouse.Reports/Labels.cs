using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports;

/// <summary>How warehouse codes read on a sheet: levels, qualifiers, kinds, scopes, yes/no.</summary>
public static class Labels
{
    public static string Level(string? level) => level switch
    {
        "national" => "全国",
        "province" => "省级",
        "city" => "地级",
        "county" => "县级",
        null => string.Empty,
        _ => level,
    };

    /// <summary>The words a report uses for a qualifier: 左右, 以上, 以内 (exact has none).</summary>
    public static string Qualifier(string? qualifier) => qualifier switch
    {
        "about" => "左右",
        "at_least" => "以上",
        "at_most" => "以内",
        _ => string.Empty,
    };

    /// <summary>
    /// The sign a figure's qualifier puts before it in a number cell: 突破4万亿元 is ≥ 40,000,
    /// 6.5%左右 is ≈ 6.5, 控制在3%以内 is ≤ 3; an exact figure has none.
    /// </summary>
    public static FigureSign Sign(string? qualifier) => qualifier switch
    {
        "about" => FigureSign.About,
        "at_least" => FigureSign.AtLeast,
        "at_most" => FigureSign.AtMost,
        _ => FigureSign.None,
    };

    /// <summary>A target as a report states it: 6.5%左右, 6-6.5%, 8%以上, 1,200亿元.</summary>
    public static string Stated(double value, double? high, string? unit, string? qualifier)
    {
        var number = high is double top && top != value ? $"{Format(value)}-{Format(top)}" : Format(value);
        return number + (unit ?? string.Empty) + Qualifier(qualifier);
    }

    public static string Stated(StatedTarget? target, string unit = "%") =>
        target is null ? string.Empty : Stated(target.Value, target.ValueHigh, unit, target.Qualifier);

    /// <summary>The years a figure covers: 2023, or 2016–2020 for a period's total or average.</summary>
    public static string Period(int year, int? periodStart) =>
        periodStart is int start && start != year
            ? $"{start.ToString(CultureInfo.InvariantCulture)}–{year.ToString(CultureInfo.InvariantCulture)}"
            : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Which level's targets are compared with which: 县 − 所属市 counties − their city.</summary>
    public static string Comparison(string? level, string? parentLevel) => (level, parentLevel) switch
    {
        ("county", "city") => "县 − 所属市 counties − their city",
        ("county", "province") => "县 − 所属省 counties − their province (直辖市, 省直辖)",
        ("city", "province") => "市 − 所属省 cities − their province",
        ("province", "national") => "省 − 全国 provinces − the nation",
        _ => $"{Level(level)} − {Level(parentLevel)}",
    };

    /// <summary>What a document is (dim_document.document_kind): 全文 full report, 转述 relayed report, …</summary>
    public static string DocumentKind(string? kind) => kind switch
    {
        "full_report" => "全文 full report",
        "untitled_report" => "全文(无标题) untitled report",
        "national_report" => "国务院报告 national report",
        "relayed_report" => "转述 relayed report",
        null => string.Empty,
        _ => kind,
    };

    public static string Kind(string? kind) => kind switch
    {
        "actual" => "实绩",
        "target" => "年度目标",
        "plan" => "规划目标",
        "period_actual" => "期间实绩",
        null => string.Empty,
        _ => kind,
    };

    public static string Measure(string? measure) => measure switch
    {
        "level" => "总量",
        "growth_pct" => "增长%",
        "avg_growth_pct" => "年均增长%",
        "growth_rank" => "增幅排名",
        "level_rank" => "总量排名",
        null => string.Empty,
        _ => measure,
    };

    public static string Scope(string? scope) => scope switch
    {
        "city" => "全市",
        "province" => "全省",
        "country" => "全国",
        null => string.Empty,
        _ => scope,
    };

    public static string YesNo(bool? value, string yes = "是", string no = "否") => value switch
    {
        true => yes,
        false => no,
        null => string.Empty,
    };

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
