namespace Warehouse.Extraction;

/// <summary>What kind of statement a fact is (tests/corpus/GOLD.md, "kind").</summary>
public enum FactKind { Actual, Target, Plan, PeriodActual, Rank }

/// <summary>What the value measures (GOLD.md, "measure").</summary>
public enum Measure { Level, GrowthPct, AvgGrowthPct, GrowthRank, LevelRank }

/// <summary>How the text bounds the value (左右, 以上, 以内, or nothing).</summary>
public enum Qualifier { Exact, About, AtLeast, AtMost }

/// <summary>The peer group of a rank claim (全市 → City, 全省 → Province, 全国 → Country, 世界 → World).</summary>
public enum RankScope { City, Province, Country, World }

/// <summary>
/// One fact taken from a report, in the vocabulary of GOLD.md, grounded in the raw text.
/// </summary>
/// <param name="Indicator">One of the 18 indicator codes of GOLD.md (gdp, fai, …).</param>
/// <param name="Year">The year the fact is about (for plans and periods, the last year).</param>
/// <param name="Unit">Normalised unit (亿元, 元, %, 万吨, …); null for ranks.</param>
/// <param name="Evidence">The exact raw-text clause the fact was read from.</param>
/// <param name="RawStart">Offset of the evidence in the report's raw text.</param>
/// <param name="RawEnd">Offset one past the evidence's end in the report's raw text.</param>
/// <param name="Confidence">0..1: how sure the extractor is.</param>
public sealed record Fact(
    string Indicator,
    FactKind Kind,
    int Year,
    Measure Measure,
    double Value,
    double? ValueHigh,
    string? Unit,
    Qualifier Qualifier,
    bool Estimate,
    RankScope? Scope,
    int? PeriodStart,
    string Evidence,
    int RawStart,
    int RawEnd,
    double Confidence);
