namespace Warehouse.Extraction;

/// <summary>
/// The words a fact's enums are written as outside C# ("period_actual", "growth_pct",
/// "at_least", "city"): the vocabulary of tests/corpus/GOLD.md, which `extract` writes, the
/// warehouse stores and analysts type in SQL and in `warehouse correct`. One table per enum, here only.
/// </summary>
public static class FactVocabulary
{
    public static string WireName(this FactKind kind) => kind switch
    {
        FactKind.Actual => "actual",
        FactKind.Target => "target",
        FactKind.Plan => "plan",
        FactKind.PeriodActual => "period_actual",
        FactKind.Rank => "rank",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string WireName(this Measure measure) => measure switch
    {
        Measure.Level => "level",
        Measure.GrowthPct => "growth_pct",
        Measure.AvgGrowthPct => "avg_growth_pct",
        Measure.GrowthRank => "growth_rank",
        Measure.LevelRank => "level_rank",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public static string WireName(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string WireName(this RankScope scope) => scope switch
    {
        RankScope.City => "city",
        RankScope.Province => "province",
        RankScope.Country => "country",
        RankScope.World => "world",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>The kinds of fact_indicator (rank claims live in fact_rank_claim).</summary>
    public static IReadOnlyList<string> IndicatorKinds { get; } =
        Enum.GetValues<FactKind>().Where(kind => kind != FactKind.Rank).Select(WireName).ToList();

    /// <summary>The measures of fact_indicator (the rank measures belong to rank claims).</summary>
    public static IReadOnlyList<string> IndicatorMeasures { get; } =
        Enum.GetValues<Measure>().Where(measure => measure is not (Measure.GrowthRank or Measure.LevelRank)).Select(WireName).ToList();

    public static IReadOnlyList<string> Qualifiers { get; } = Enum.GetValues<Qualifier>().Select(WireName).ToList();
}
