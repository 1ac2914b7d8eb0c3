namespace Warehouse.Identification;

/// <summary>
/// Years of the numbered five-year plans, of any era: 十五 is 2001–2005, 十一五 2006–2010, 十四五
/// 2021–2025, 十五五 2026–2030 (the sixth and later plans run in five-year steps from 1981).
/// </summary>
public static class FiveYearPlans
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>The plan's first and last year from its name (十四五 → 2021, 2025), or null for another word.</summary>
    public static (int First, int Last)? Years(string name) => Number(name) is { } number ? YearsOf(number) : null;

    /// <summary>The first and last year of the n-th plan (n ≥ 6).</summary>
    public static (int First, int Last) YearsOf(int number) => (1981 + (5 * (number - 6)), 1985 + (5 * (number - 6)));

    /// <summary>十五 → 10, 十一五 → 11, 十五五 → 15; null for anything else.</summary>
    public static int? Number(string name) => name switch
    {
        "十五" => 10,
        ['十', var digit, '五'] when Digits.Contains(digit, StringComparison.Ordinal) => 10 + Digits.IndexOf(digit, StringComparison.Ordinal) + 1,
        _ => null,
    };
}
