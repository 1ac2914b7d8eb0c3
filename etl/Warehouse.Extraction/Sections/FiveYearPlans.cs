using Warehouse.Extraction.Numbers;

namespace Warehouse.Extraction.Sections;

/// <summary>
/// The numbered five-year plans of any era: 九五 is 1996–2000, 十五 2001–2005, 十一五 2006–2010,
/// 十四五 2021–2025, 十五五 2026–2030.
/// </summary>
public static class FiveYearPlans
{
    /// <summary>
    /// A plan's name in a regular expression: 十一五 … 十九五 anywhere; the short names 六五 … 九五
    /// and 十五 only in quotes or before 计划/时期/期间/末/以来, since 十五届 and 十五个 are no plans.
    /// </summary>
    public const string NamePattern =
        @"(?:十[一二三四五六七八九]五|(?<=“)(?:十|[六七八九])五|(?:十|[六七八九])五(?=”|计划|时期|期间|末|以来))";

    /// <summary>The last year of the n-th plan (n = 13 for 十三五).</summary>
    public static int EndYear(int number) => 1955 + (5 * number);

    /// <summary>The plan number in a name like 十五 / 十一五 / 十四五 (quotes allowed), or null.</summary>
    public static int? NumberOf(string name)
    {
        var bare = name.Trim('“', '”', '"');
        return bare.Length >= 2 && bare[^1] == '五' && ChineseNumerals.Parse(bare[..^1]) is { } number and >= 6 and <= 19
            ? number
            : null;
    }

    /// <summary>The plan that contains a year (2021 → 14).</summary>
    public static int Containing(int year) => ((year - 1956) / 5) + 1;
}
