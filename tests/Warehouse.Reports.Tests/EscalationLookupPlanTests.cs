using System.Text.Json;
using Dapper;
using Warehouse.Sql;

namespace Warehouse.Reports.Tests;

/// <summary>
/// The escalation looks up each target's parent, province and nation among the targets of those
/// levels only: v_target's choice among reports (a window) then runs over every region's targets
/// once, for the targets themselves, and over the cities', provinces' and nation's for the
/// lookups, instead of over every region's four times (DuckDB's EXPLAIN ANALYZE counts the rows
/// through each step).
/// </summary>
public sealed class EscalationLookupPlanTests
{
    [Fact]
    public void The_lookups_rank_only_the_targets_of_the_levels_above()
    {
        using var warehouse = TestWarehouse.Sample();
        // The counties' city, province and nation set targets too, so that every lookup finds one.
        warehouse.Region("100000", "全国", "national", null, null, "100000", "全国");
        foreach (var (region, value) in new[] { ("910100", 6.0), ("910000", 5.5), ("100000", 5.0) })
        {
            warehouse.Fact(warehouse.Document(region, 2023), region, "gdp", "target", 2024, "growth_pct", value, "about");
        }

        const string Targets = "SELECT count(*) FROM v_growth_target WHERE year = 2024";
        var all = warehouse.Connection.ExecuteScalar<long>(Targets);
        var aboveCounties = warehouse.Connection.ExecuteScalar<long>(Targets + " AND level <> 'county'");
        Assert.InRange(aboveCounties, 1, all - 1);
        // What the lookups find is unchanged: 甲省's three counties see their province and the nation, two their city.
        const string Counties = "SELECT count(*) FROM v_target_escalation WHERE year = 2024 AND level = 'county' AND ";
        Assert.Equal(3, warehouse.Connection.ExecuteScalar<long>(Counties + "province_value = 5.5 AND national_value = 5"));
        Assert.Equal(2, warehouse.Connection.ExecuteScalar<long>(Counties + "parent_value = 6"));

        var parameters = new DynamicParameters();
        parameters.Add("year", 2023);
        var plan = warehouse.Connection.Query<(string Key, string Value)>(
            "EXPLAIN (ANALYZE, FORMAT json) " + SqlFiles.Get("reporting/target_escalation"), parameters).Single().Value;
        var windows = Windows(JsonDocument.Parse(plan).RootElement).OrderDescending().ToList();

        Assert.Equal(4, windows.Count);
        Assert.Equal(all, windows[0]);
        Assert.All(windows.Skip(1), rows => Assert.True(rows <= aboveCounties, $"a lookup ranked {rows} targets; the levels above counties have {aboveCounties}"));
    }

    /// <summary>The rows through each WINDOW step of a JSON query profile.</summary>
    private static IEnumerable<long> Windows(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray().SelectMany(Windows);
        }

        var own = node.TryGetProperty("operator_name", out var name) && name.GetString() == "WINDOW"
            ? [node.GetProperty("operator_cardinality").GetInt64()]
            : Array.Empty<long>();
        return node.TryGetProperty("children", out var children) ? own.Concat(children.EnumerateArray().SelectMany(Windows)) : own;
    }
}
