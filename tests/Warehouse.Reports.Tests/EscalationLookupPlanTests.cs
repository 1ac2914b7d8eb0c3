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
        const string Targets = "SELECT count(*) FROM v_growth_target WHERE year = 2024";
        var all = warehouse.Connection.ExecuteScalar<long>(Targets);
        var aboveCounties = warehouse.Connection.ExecuteScalar<long>(Targets + " AND level <> 'county'");
        Assert.True(aboveCounties < all, "the sample needs county targets for 2024 for this test to tell anything");

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
