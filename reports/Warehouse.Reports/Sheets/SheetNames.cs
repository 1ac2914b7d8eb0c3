namespace Warehouse.Reports.Sheets;

/// <summary>
/// The tab names of a ranking workbook, in tab order, and the levels ranked. Chinese first,
/// then English, within Excel's 31 characters.
/// </summary>
public static class SheetNames
{
    public const string Overview = "概览 Overview";
    public const string Targets = "目标 Targets";
    public const string TargetEscalation = "层层加码 Target escalation";
    public const string EscalationSummary = "加码汇总 Escalation summary";
    public const string TargetAchievement = "目标完成 Target achievement";
    public const string RankClaims = "自述排名 Rank claims";
    public const string GdpChart = "GDP增速图 GDP growth chart";
    public const string Facts = "事实 Facts";
    public const string Sources = "来源 Sources";

    /// <summary>The three peer levels, top down: (warehouse level, sheet name, table name).</summary>
    public static IReadOnlyList<(string Level, string Sheet, string Table)> Rankings { get; } =
    [
        ("province", "省级排名 Rankings provinces", "Rankings_provinces"),
        ("city", "地级排名 Rankings cities", "Rankings_cities"),
        ("county", "县级排名 Rankings counties", "Rankings_counties"),
    ];

    public static int LevelOrder(string? level) => level switch
    {
        "national" => 0,
        "province" => 1,
        "city" => 2,
        "county" => 3,
        _ => 4,
    };
}
