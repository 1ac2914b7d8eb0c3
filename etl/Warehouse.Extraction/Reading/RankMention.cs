namespace Warehouse.Extraction.Reading;

/// <summary>A rank claim at [Start, End): 全市第3, 全省第一, 领跑全市 (rank 1).</summary>
/// <param name="ScopeWord">全市, 全州, 全盟, 全省, 全区, 全国, 世界 or 全球, as written.</param>
/// <param name="Year">The year the text names for this rank (由2015年的第10位), or null for the review year.</param>
public sealed record RankMention(int Start, int End, int Rank, string ScopeWord, int? Year = null)
{
    /// <summary>Place in a list of ranks written with one scope (全市第7和第4: 0 and 1).</summary>
    public int ListIndex { get; init; }

    /// <summary>How many ranks that list holds (1 for a single claim).</summary>
    public int ListCount { get; init; } = 1;

    /// <summary>由上年第四位…: the rank of the year before the review year.</summary>
    public bool OfYearBefore { get; init; }
}
