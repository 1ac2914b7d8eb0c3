namespace Warehouse.Reports;

/// <summary>An indicator the ranking sheets show, with the short names used in headers.</summary>
public sealed record RankedIndicator(string Code, string ShortNameZh, string NameEn);

/// <summary>
/// The main growth indicators ranked in every workbook, in column order. The reporting queries
/// (sql/reporting/peer_ranks.sql, targets.sql) select the same codes.
/// </summary>
public static class MainIndicators
{
    public static IReadOnlyList<RankedIndicator> All { get; } =
    [
        new("gdp", "GDP", "GDP"),
        new("industrial_va", "规上工业增加值", "industrial value added"),
        new("fai", "固定资产投资", "fixed-asset investment"),
        new("retail", "社零总额", "retail sales"),
        new("budget_revenue", "一般公共预算收入", "budget revenue"),
        new("urban_income", "城镇居民收入", "urban income"),
        new("rural_income", "农村居民收入", "rural income"),
    ];

    // After All: static fields are initialised in the order they are written.
    private static readonly Dictionary<string, int> Positions = All.Select((indicator, i) => (indicator.Code, i)).ToDictionary(x => x.Code, x => x.i);

    /// <summary>Sort key: the main indicators in column order, then every other indicator.</summary>
    public static int Order(string code) => Positions.TryGetValue(code, out var position) ? position : All.Count;
}
