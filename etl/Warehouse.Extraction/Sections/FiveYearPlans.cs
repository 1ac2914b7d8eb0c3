namespace Warehouse.Extraction.Sections;

/// <summary>Years of the numbered five-year plans: 十三五 is 2016–2020, 十四五 is 2021–2025.</summary>
public static class FiveYearPlans
{
    /// <summary>The last year of the n-th plan (n = 13 for 十三五).</summary>
    public static int EndYear(int number) => 1955 + (5 * number);

    /// <summary>The plan number in a name like 十三五 / 十四五, or null.</summary>
    public static int? NumberOf(string name) => name switch
    {
        "十一五" => 11,
        "十二五" => 12,
        "十三五" => 13,
        "十四五" => 14,
        "十五五" => 15,
        "十六五" => 16,
        _ => null,
    };

    /// <summary>The plan that contains a year (2021 → 14).</summary>
    public static int Containing(int year) => ((year - 1956) / 5) + 1;
}
