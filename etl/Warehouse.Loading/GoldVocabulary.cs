using Warehouse.Extraction;

namespace Warehouse.Loading;

/// <summary>
/// The words the warehouse stores for the extraction enums: the vocabulary of
/// ../shared/corpus/GOLD.md (period_actual, growth_pct, at_least, …), so analysts' SQL reads like gold.
/// </summary>
public static class GoldVocabulary
{
    public static string Of(FactKind kind) => kind switch
    {
        FactKind.Actual => "actual",
        FactKind.Target => "target",
        FactKind.Plan => "plan",
        FactKind.PeriodActual => "period_actual",
        FactKind.Rank => "rank",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Measure measure) => measure switch
    {
        Measure.Level => "level",
        Measure.GrowthPct => "growth_pct",
        Measure.AvgGrowthPct => "avg_growth_pct",
        Measure.GrowthRank => "growth_rank",
        Measure.LevelRank => "level_rank",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string Of(RankScope scope) => scope switch
    {
        RankScope.City => "city",
        RankScope.Province => "province",
        RankScope.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>Parses a stored word back (for the correct command's options); null when unknown.</summary>
    public static FactKind? ParseKind(string word) =>
        Enum.GetValues<FactKind>().Cast<FactKind?>().FirstOrDefault(kind => Of(kind!.Value) == word);

    public static Measure? ParseMeasure(string word) =>
        Enum.GetValues<Measure>().Cast<Measure?>().FirstOrDefault(measure => Of(measure!.Value) == word);

    public static Qualifier? ParseQualifier(string word) =>
        Enum.GetValues<Qualifier>().Cast<Qualifier?>().FirstOrDefault(qualifier => Of(qualifier!.Value) == word);
}
