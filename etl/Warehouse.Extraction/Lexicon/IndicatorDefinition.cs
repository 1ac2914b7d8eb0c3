namespace Warehouse.Extraction.Lexicon;

/// <summary>One of the 18 indicators of GOLD.md, as the warehouse's dim_indicator holds it.</summary>
/// <param name="Code">gdp, fai, … (the fact's Indicator).</param>
/// <param name="NameZh">Chinese name, e.g. 地区生产总值.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefaultUnit">Unit its levels are normalised to (亿元, 元, %, 万吨, 人, 亿美元).</param>
/// <param name="Category">output | investment | consumption | fiscal | income | trade | prices | labour | agriculture.</param>
/// <param name="Wordings">How reports name it (simplified text), longest first.</param>
/// <param name="LookAlikes">Wordings that contain a wording but name something else (工业投资, 人均地区生产总值).</param>
public sealed record IndicatorDefinition(
    string Code,
    string NameZh,
    string NameEn,
    string DefaultUnit,
    string Category,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> LookAlikes)
{
    /// <summary>
    /// Whether a level in a multi-year review is the period's total (城镇新增就业5万人 over five
    /// years) rather than the last year's level (地区生产总值达到500亿元).
    /// </summary>
    public bool SumsOverPeriod { get; init; }

    /// <summary>Per-person amounts (incomes) are kept in 元 rather than 亿元.</summary>
    public bool IsPerPerson => DefaultUnit == "元";
}

/// <summary>A wording that names two indicators at once (城乡居民人均可支配收入 → urban, rural).</summary>
/// <param name="Wording">The text, e.g. 城乡居民人均可支配收入.</param>
/// <param name="First">Code of the first of the pair (urban_income).</param>
/// <param name="Second">Code of the second (rural_income).</param>
/// <param name="SingleLevelCode">Code a single level belongs to (resident_income: one figure for everyone).</param>
public sealed record PairedWording(string Wording, string First, string Second, string SingleLevelCode);
