using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Reports.Tests;

/// <summary>
/// A small in-memory warehouse for tests: the sql/schema and sql/views scripts run in order,
/// then synthetic rows inserted with parameterised SQL. The region names and texts are
/// invented, not taken from real reports.
/// </summary>
internal sealed class TestWarehouse : IDisposable
{
    private long _nextDocument = 1;

    public TestWarehouse()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        foreach (var script in SqlFiles.In("schema").Concat(SqlFiles.In("views")))
        {
            Connection.Execute(SqlFiles.Get(script));
        }
    }

    public DuckDBConnection Connection { get; }

    public void Dispose() => Connection.Dispose();

    public TestWarehouse Region(string code, string name, string level, string? parentCode, string? parentName, string provinceCode, string provinceName)
    {
        Connection.Execute(
            "INSERT INTO dim_region VALUES ($code, $name, $level, $parentCode, $parentName, $provinceCode, $provinceName)",
            new { code, name, level, parentCode, parentName, provinceCode, provinceName });
        return this;
    }

    /// <summary>Adds a report of <paramref name="regionCode"/> that reviews <paramref name="reviewYear"/>; returns its document id.</summary>
    /// <param name="kind">dim_document.document_kind; null as for a document loaded before kinds were stored.</param>
    public long Document(string regionCode, int reviewYear, string? warnings = null, string? kind = "full_report")
    {
        var id = _nextDocument++;
        Connection.Execute(
            """
            INSERT INTO dim_document (document_id, content_hash, source_path, index_in_file, title, region_code, region_name, report_year, review_year, meeting_date, warnings, document_kind)
            SELECT $id, $hash, $path, 0, $title, $regionCode, region_name, $reportYear, $reviewYear, $meetingDate, $warnings, $kind
            FROM dim_region WHERE region_code = $regionCode
            """,
            new
            {
                id,
                hash = $"{id:x64}",
                path = $"samples/{regionCode}-{reviewYear + 1}.txt",
                title = $"{reviewYear + 1}年政府工作报告（样例）",
                regionCode,
                reportYear = reviewYear + 1,
                reviewYear,
                meetingDate = $"{reviewYear + 1}-01-15",
                warnings,
                kind,
            });
        return id;
    }

    public TestWarehouse Indicator(string code, string nameZh, string nameEn, string unit)
    {
        Connection.Execute(
            "INSERT INTO dim_indicator VALUES ($code, $nameZh, $nameEn, $unit, 'output')",
            new { code, nameZh, nameEn, unit });
        return this;
    }

    public TestWarehouse Fact(long document, string regionCode, string indicator, string kind, int year, string measure, double value,
        string qualifier = "exact", double? valueHigh = null, string? evidence = null, string? unit = null, int? periodStart = null)
    {
        Connection.Execute(
            """
            INSERT INTO fact_indicator (document_id, region_code, indicator, kind, year, measure, value, value_high, unit, qualifier, estimate, period_start, evidence, raw_start, raw_end, confidence)
            VALUES ($document, $regionCode, $indicator, $kind, $year, $measure, $value, $valueHigh, $unit, $qualifier, false, $periodStart, $evidence, 0, 10, 0.9)
            """,
            new
            {
                document,
                regionCode,
                indicator,
                kind,
                year,
                measure,
                value,
                valueHigh,
                unit = unit ?? (measure == "level" ? "亿元" : "%"),
                qualifier,
                periodStart,
                evidence = evidence ?? $"{indicator}增长{value}%（样例）",
            });
        return this;
    }

    public TestWarehouse RankClaim(long document, string regionCode, string indicator, int year, string scope, int rank)
    {
        Connection.Execute(
            """
            INSERT INTO fact_rank_claim VALUES ($document, $regionCode, $indicator, $year, 'growth_rank', $scope, $rank, $evidence, 0, 10, 0.9)
            """,
            new { document, regionCode, indicator, year, scope, rank, evidence = $"增幅第{rank}（样例）" });
        return this;
    }

    public TestWarehouse Run(string status)
    {
        Connection.Execute(
            "INSERT INTO etl_run (started_at, finished_at, status, files_seen, files_new, facts_loaded) VALUES (TIMESTAMP '2024-02-01 02:00:00', NULL, $status, 7, 7, 42)",
            new { status });
        return this;
    }

    /// <summary>A later run that found every file unchanged and loaded nothing.</summary>
    public TestWarehouse RunWithNothingNew()
    {
        Connection.Execute(
            "INSERT INTO etl_run (started_at, finished_at, status, files_seen, files_unchanged, facts_loaded) VALUES (TIMESTAMP '2024-02-02 02:00:00', TIMESTAMP '2024-02-02 02:00:01', 'succeeded', 7, 7, 0)");
        return this;
    }

    public TestWarehouse SkippedFile(string path, string reason)
    {
        Connection.Execute(
            "INSERT INTO etl_document (run_id, source_path, status, reason) SELECT max(run_id), $path, 'skipped', $reason FROM etl_run",
            new { path, reason });
        return this;
    }

    /// <summary>
    /// Two provinces, three cities, five counties, results for 2023 with a tie, a region with a
    /// missing value, targets for 2024 and 2023, rank claims on a complete and an incomplete
    /// peer group, figures with qualifiers and decimals, a five-year total, and a formula-like
    /// evidence text.
    /// </summary>
    public static TestWarehouse Sample()
    {
        var w = new TestWarehouse()
            .Indicator("gdp", "地区生产总值", "Gross domestic product", "亿元")
            .Indicator("fai", "固定资产投资", "Fixed-asset investment", "亿元")
            .Indicator("retail", "社会消费品零售总额", "Retail sales of consumer goods", "亿元")
            .Indicator("budget_revenue", "一般公共预算收入", "General public budget revenue", "亿元")
            .Indicator("new_urban_jobs", "新增城镇就业", "New urban jobs", "人")
            .Region("910000", "甲省", "province", null, null, "910000", "甲省")
            .Region("920000", "乙省", "province", null, null, "920000", "乙省")
            .Region("910100", "甲一市", "city", "910000", "甲省", "910000", "甲省")
            .Region("910200", "甲二市", "city", "910000", "甲省", "910000", "甲省")
            .Region("920100", "乙一市", "city", "920000", "乙省", "920000", "乙省")
            .Region("910101", "东县", "county", "910100", "甲一市", "910000", "甲省")
            .Region("910102", "西县", "county", "910100", "甲一市", "910000", "甲省")
            .Region("910201", "南县", "county", "910200", "甲二市", "910000", "甲省")
            .Region("920101", "北县", "county", "920100", "乙一市", "920000", "乙省")
            .Region("920102", "中县", "county", "920100", "乙一市", "920000", "乙省")
            .Run("running")
            .SkippedFile("samples/broken.docx", "unreadable: not a zip archive");

        // Counties, GDP growth 2023: 南县 7.5 > 东县 6.0 = 西县 6.0 > 北县 5.0; 中县 has none.
        var east = w.Document("910101", 2023);
        w.Fact(east, "910101", "gdp", "actual", 2023, "growth_pct", 6.0)
            .Fact(east, "910101", "fai", "actual", 2023, "growth_pct", 3.0)
            .Fact(east, "910101", "gdp", "target", 2024, "growth_pct", 6.5, "about")
            .Fact(east, "910101", "gdp", "actual", 2023, "level", 120.5)
            .Fact(east, "910101", "retail", "actual", 2023, "growth_pct", 4.0, evidence: "=cmd|' /C calc'!A0")
            .RankClaim(east, "910101", "gdp", 2023, "city", 1);
        var west = w.Document("910102", 2023);
        w.Fact(west, "910102", "gdp", "actual", 2023, "growth_pct", 6.0)
            .Fact(west, "910102", "fai", "actual", 2023, "growth_pct", -2.5)
            .Fact(west, "910102", "gdp", "target", 2024, "growth_pct", 8, "at_least");
        var south = w.Document("910201", 2023, warnings: "traditional characters converted");
        w.Fact(south, "910201", "gdp", "actual", 2023, "growth_pct", 7.5)
            .Fact(south, "910201", "gdp", "target", 2024, "growth_pct", 6, valueHigh: 6.5);
        // 北县 claims first in 乙一市, whose other county 中县 has no GDP growth loaded: not comparable.
        var north = w.Document("920101", 2023, kind: "relayed_report");
        w.Fact(north, "920101", "gdp", "actual", 2023, "growth_pct", 5.0)
            .Fact(north, "920101", "budget_revenue", "actual", 2023, "level", 36.96, evidence: "一般公共预算收入36.96亿元（样例）")
            .Fact(north, "920101", "new_urban_jobs", "actual", 2023, "level", 7000, evidence: "新增城镇就业7000人（样例）", unit: "人")
            .Fact(north, "920101", "fai", "period_actual", 2023, "level", 826, evidence: "五年累计完成投资826亿元（样例）", periodStart: 2019)
            .RankClaim(north, "920101", "gdp", 2023, "city", 1);
        var middle = w.Document("920102", 2023, kind: null);
        w.Fact(middle, "920102", "fai", "actual", 2023, "growth_pct", 10.0);

        // The previous year's report of 东县 set the 2023 target that the 2023 result is measured against.
        var eastBefore = w.Document("910101", 2022);
        w.Fact(eastBefore, "910101", "gdp", "target", 2023, "growth_pct", 6.5, "about")
            .Fact(eastBefore, "910101", "fai", "target", 2023, "growth_pct", 5.0);

        // Cities and provinces.
        var city1 = w.Document("910100", 2023);
        w.Fact(city1, "910100", "gdp", "actual", 2023, "growth_pct", 5.5);
        var city2 = w.Document("910200", 2023);
        w.Fact(city2, "910200", "gdp", "actual", 2023, "growth_pct", 6.1);
        var city3 = w.Document("920100", 2023);
        w.Fact(city3, "920100", "gdp", "actual", 2023, "growth_pct", 4.9);
        var province1 = w.Document("910000", 2023);
        w.Fact(province1, "910000", "gdp", "actual", 2023, "growth_pct", 5.2)
            .Fact(province1, "910000", "gdp", "actual", 2023, "level", 40000, "at_least", evidence: "总量突破4万亿元（样例）");
        var province2 = w.Document("920000", 2023);
        w.Fact(province2, "920000", "gdp", "actual", 2023, "growth_pct", 5.3);
        return w;
    }
}
