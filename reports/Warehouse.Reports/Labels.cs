using System.Globalization;

namespace Warehouse.Reports;

/// <summary>How warehouse codes read on a sheet: levels, qualifiers, kinds, scopes, yes/no.</summary>
public static class Labels
{
    public static string Level(string? level) => level switch
    {
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

    /// <summary>A target as a report states it: 6.5%左右, 6-6.5%, 8%以上, 1,200亿元.</summary>
    public static string Stated(double value, double? high, string? unit, string? qualifier)
    {
        var number = high is double top && top != value ? $"{Format(value)}-{Format(top)}" : Format(value);
        return number + (unit ?? string.Empty) + Qualifier(qualifier);
    }

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
