using Dapper;
using Warehouse.Sql;
using Warehouse.Testing;

namespace Warehouse.Reports.Tests;

/// <summary>
/// The workbook's queries join by equality only: DuckDB plans them as hash joins, never as
/// nested-loop, piecewise-merge or cross-product joins, which grow with the square of the rows
/// (a constant in a LEFT JOIN … ON, or an inequality, is enough to get one).
/// </summary>
public sealed class ReportingQueryPlanTests
{
    public static TheoryData<string> Queries() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Sql, "reporting"), "*.sql").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_reporting_query_plans_without_quadratic_joins(string query)
    {
        using var warehouse = TestWarehouse.Sample();
        var parameters = new DynamicParameters();
        var sql = SqlFiles.Get($"reporting/{query}");
        if (sql.Contains("$year", StringComparison.Ordinal))
        {
            parameters.Add("year", 2023);
        }

        var plan = string.Join("\n", warehouse.Connection.Query("EXPLAIN " + sql, parameters)
            .Cast<IDictionary<string, object>>()
            .SelectMany(row => row.Values.Select(v => v?.ToString())));

        Assert.Contains("SEQ_SCAN", plan, StringComparison.Ordinal);
        foreach (var slow in new[] { "NESTED_LOOP_JOIN", "PIECEWISE_MERGE_JOIN", "BLOCKWISE_NL_JOIN", "CROSS_PRODUCT" })
        {
            Assert.DoesNotContain(slow, plan, StringComparison.Ordinal);
        }
    }
}
