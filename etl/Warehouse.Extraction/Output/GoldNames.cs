namespace Warehouse.Extraction.Output;

/// <summary>
/// The snake_case names GOLD.md uses for the fact enums ("period_actual", "at_least", …): what
/// `extract` writes and what the warehouse stores, so analysts' SQL reads like gold.
/// </summary>
public static class GoldNames
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
        RankScope.World => "world",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };
}
