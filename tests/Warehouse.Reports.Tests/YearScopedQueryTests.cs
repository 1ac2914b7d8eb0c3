using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Warehouse.Sql;

namespace Warehouse.Reports.Tests;

/// <summary>
/// A year's workbook costs the same in a warehouse of one year as in one of twenty: the year a
/// query asks for reaches the scan of the facts (the year's documents before v_fact's joins, the
/// year's targets in every lookup of the escalation), so no step of the plan handles the other
/// years' facts (DuckDB's EXPLAIN ANALYZE counts the rows through each step).
/// </summary>
public sealed partial class YearScopedQueryTests
{
    private const int OtherYearFacts = 20_000;

    [Theory]
    [InlineData("facts")]
    [InlineData("sources")]
    [InlineData("target_escalation")]
    [InlineData("target_escalation_summary")]
    public void A_years_query_never_handles_the_other_years_facts(string query)
    {
        using var warehouse = TestWarehouse.Sample();
        // Older years' reports of the same regions, after the sample's documents, each with results
        // of its year and growth targets for the next.
        warehouse.Connection.Execute(
            """
            INSERT INTO dim_document (document_id, content_hash, source_path, index_in_file, title, region_code, region_name, report_year, review_year, meeting_date)
            SELECT 1000 + y * 100 + r, sha256(printf('%d-%d', y, r)), printf('older/%d-%d.txt', y, r), 0, '往年报告（样例）',
                   g.region_code, g.region_name, 2004 + y, 2003 + y, NULL
            FROM range(0, 20) t(y), (SELECT region_code, region_name, row_number() OVER (ORDER BY region_code) - 1 AS r FROM dim_region) g;

            INSERT INTO fact_indicator (document_id, region_code, indicator, kind, year, measure, value, value_high, unit, qualifier, estimate, period_start, evidence, raw_start, raw_end, confidence)
            SELECT d.document_id, d.region_code, ['gdp', 'fai', 'retail'][i % 3 + 1], CASE WHEN i % 2 = 0 THEN 'actual' ELSE 'target' END,
                   d.review_year + i % 2, 'growth_pct', i / 10.0, NULL, '%', 'exact', false, NULL, '往年（样例）', i, i + 5, 0.9
            FROM dim_document d, range(0, $perDocument) t(i)
            WHERE d.document_id >= 1000;
            """,
            new { perDocument = OtherYearFacts / 20 / RegionCount(warehouse) + 1 });
        var factsInWarehouse = warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_indicator");
        Assert.True(factsInWarehouse > OtherYearFacts);

        var parameters = new DynamicParameters();
        parameters.Add("year", 2023);
        var plan = string.Join("\n", warehouse.Connection.Query("EXPLAIN ANALYZE " + SqlFiles.Get($"reporting/{query}"), parameters)
            .Cast<IDictionary<string, object>>()
            .SelectMany(row => row.Values.Select(v => v?.ToString())));

        var rowsPerStep = RowsPerStep().Matches(plan).Select(m => long.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(rowsPerStep);
        Assert.True(rowsPerStep.Max() < OtherYearFacts / 20 / 2, $"a step of sql/reporting/{query}.sql handled {rowsPerStep.Max()} rows of a warehouse of {factsInWarehouse} facts:\n{plan}");
    }

    private static long RegionCount(TestWarehouse warehouse) => warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM dim_region");

    [GeneratedRegex(@"([\d,]+) rows")]
    private static partial Regex RowsPerStep();
}
