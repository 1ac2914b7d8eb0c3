using Plans = Warehouse.Identification.FiveYearPlans;

namespace Warehouse.Extraction.Sections;

/// <summary>
/// The numbered five-year plans as the sections and markers need them: a plan's name in a regular
/// expression, its last year, and the plan a year lies in. Names and years come from
/// <see cref="Plans"/> (intake), which knows every era: 十五 is 2001–2005, 十四五 2021–2025.
/// </summary>
public static class FiveYearPlans
{
    /// <summary>
    /// A plan's name in a regular expression: 十一五 … 十九五 anywhere; 十五 only in quotes or before
    /// 计划/时期/期间/末/以来, since 十五届 and 十五个 are no plans.
    /// </summary>
    public const string NamePattern =
        @"(?:十[一二三四五六七八九]五|(?<=“)十五|十五(?=”|计划|时期|期间|末|以来))";

    /// <summary>The last year of the n-th plan (n = 13 for 十三五 → 2020).</summary>
    public static int EndYear(int number) => Plans.YearsOf(number).Last;

    /// <summary>The plan number in a name like 十五 / 十一五 / 十四五 (quotes allowed), or null.</summary>
    public static int? NumberOf(string name) => Plans.Number(name.Trim(Quotes));

    private static readonly char[] Quotes = ['“', '”', '"'];

    /// <summary>The plan that contains a year (2021 → 14).</summary>
    public static int Containing(int year) => ((year - 1981) / 5) + 6;
}
