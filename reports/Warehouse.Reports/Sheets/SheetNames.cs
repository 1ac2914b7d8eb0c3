namespace Warehouse.Reports.Sheets;

/// <summary>The tab names of a ranking workbook, in tab order, and the levels ranked.</summary>
public static class SheetNames
{
    public const string Overview = "Overview";
    public const string Targets = "Targets";
    public const string TargetAchievement = "Target achievement";
    public const string RankClaims = "Rank claims";
    public const string GdpChart = "GDP growth chart";
    public const string Facts = "Facts";
    public const string Sources = "Sources";

    /// <summary>The three peer levels, top down: (warehouse level, sheet name, table name).</summary>
    public static IReadOnlyList<(string Level, string Sheet, string Table)> Rankings { get; } =
    [
        ("province", "Rankings provinces", "Rankings_provinces"),
        ("city", "Rankings cities", "Rankings_cities"),
        ("county", "Rankings counties", "Rankings_counties"),
    ];

    public static int LevelOrder(string? level) => level switch
    {
        "province" => 1,
        "city" => 2,
        "county" => 3,
        _ => 4,
    };
}
