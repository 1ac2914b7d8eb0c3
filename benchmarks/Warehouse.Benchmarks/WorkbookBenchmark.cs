using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Reports;
using Warehouse.Reports.Data;
using Warehouse.Sql;

namespace Warehouse.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- workbook`: builds a
/// national-size warehouse in memory (3,001 regions with the nation, one report each, 60,020 facts, synthetic
/// values with ties) and times reading it through the reporting queries and writing
/// rankings-2023.xlsx. The bar: under 10 s for the workbook.
/// </summary>
internal static class WorkbookBenchmark
{
    // Synthetic national data, generated in SQL: the nation, 31 provinces, 330 cities, 2,639
    // counties; per region one report reviewing 2023 with 20 facts (7 growth results, 7 growth
    // targets for 2024, 6 levels) and, for counties, one rank claim.
    private const string Generate = """
        INSERT INTO dim_region (region_code, region_name, level, parent_code, parent_name, province_code, province_name)
        VALUES ('100000', '全国', 'national', NULL, NULL, '100000', '全国');

        INSERT INTO dim_region (region_code, region_name, level, parent_code, parent_name, province_code, province_name)
        SELECT printf('%02d0000', 10 + p), '省' || p, 'province', NULL, NULL, printf('%02d0000', 10 + p), '省' || p
        FROM range(1, 32) t(p);

        INSERT INTO dim_region (region_code, region_name, level, parent_code, parent_name, province_code, province_name)
        SELECT printf('%02d%02d00', 10 + c % 31 + 1, c // 31 + 1), '市' || c, 'city',
               printf('%02d0000', 10 + c % 31 + 1), '省' || (c % 31 + 1), printf('%02d0000', 10 + c % 31 + 1), '省' || (c % 31 + 1)
        FROM range(0, 330) t(c);

        INSERT INTO dim_region (region_code, region_name, level, parent_code, parent_name, province_code, province_name)
        SELECT printf('%02d%02d%02d', 10 + (k % 330) % 31 + 1, (k % 330) // 31 + 1, k // 330 + 1), '县' || k, 'county',
               printf('%02d%02d00', 10 + (k % 330) % 31 + 1, (k % 330) // 31 + 1), '市' || (k % 330),
               printf('%02d0000', 10 + (k % 330) % 31 + 1), '省' || ((k % 330) % 31 + 1)
        FROM range(0, 2639) t(k);

        INSERT INTO dim_document (document_id, content_hash, source_path, index_in_file, title, region_code, region_name, report_year, review_year, meeting_date, warnings)
        SELECT row_number() OVER (ORDER BY region_code), sha256(region_code), 'bench/' || region_code || '.txt', 0,
               '2024年' || region_name || '政府工作报告', region_code, region_name, 2024, 2023, '2024-01-20',
               CASE WHEN hash(region_code) % 10 = 0 THEN 'traditional characters converted' END
        FROM dim_region;

        INSERT INTO fact_indicator (document_id, region_code, indicator, kind, year, measure, value, value_high, unit, qualifier, estimate, period_start, evidence, raw_start, raw_end, confidence)
        SELECT d.document_id, d.region_code,
               ['gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income',
                'gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income',
                'gdp', 'tax_revenue', 'budget_expenditure', 'trade', 'exports', 'grain_output'][i + 1],
               CASE WHEN i BETWEEN 7 AND 13 THEN 'target' ELSE 'actual' END,
               CASE WHEN i BETWEEN 7 AND 13 THEN 2024 ELSE 2023 END,
               CASE WHEN i < 14 THEN 'growth_pct' ELSE 'level' END,
               CASE WHEN i < 14 THEN (hash(d.region_code || i) % 160) / 10.0 - 3 ELSE (hash(d.region_code || i) % 100000) / 10.0 END,
               NULL,
               CASE WHEN i < 14 THEN '%' ELSE '亿元' END,
               CASE WHEN i BETWEEN 7 AND 13 THEN 'about' ELSE 'exact' END,
               false, NULL,
               d.region_name || '主要指标：' || ['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入'][i % 5 + 1]
                   || '增长' || ((hash(d.region_code || i) % 160) / 10.0 - 3) || '%，高于全省平均水平（合成数据）',
               i * 100, i * 100 + 40, 0.9
        FROM dim_document d CROSS JOIN range(0, 20) t(i);

        INSERT INTO fact_rank_claim (document_id, region_code, indicator, year, measure, scope, rank, evidence, raw_start, raw_end, confidence)
        SELECT d.document_id, d.region_code, 'gdp', 2023, 'growth_rank', 'city', 1 + hash(d.region_code) % 9, '增幅全市第' || (1 + hash(d.region_code) % 9), 5, 15, 0.8
        FROM dim_document d JOIN dim_region r USING (region_code) WHERE r.level = 'county';

        INSERT INTO etl_run (started_at, finished_at, status, files_seen, files_new, facts_loaded)
        VALUES (TIMESTAMP '2024-02-01 02:00:00', NULL, 'running', 3000, 3000, 60000);
        """;

    public static int Run(string[] args)
    {
        // `-- workbook --db warehouse.duckdb --year 2023`: the same breakdown on a warehouse a run built.
        if (args is ["--db", var database, "--year", var year])
        {
            return RunOn(database, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
        }

        using var connection = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString);
        connection.Open();
        foreach (var script in SqlFiles.In("schema").Concat(SqlFiles.In("views")))
        {
            connection.Execute(SqlFiles.Get(script));
        }

        connection.Execute(Generate);
        Console.WriteLine($"warehouse: {Count(connection, "dim_region")} regions, {Count(connection, "fact_indicator")} facts, {Count(connection, "fact_rank_claim")} rank claims");

        var output = Directory.CreateTempSubdirectory("workbook-benchmark-").FullName;
        try
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                // CPU time too: on a shared machine wall time mostly measures the neighbours.
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var data = RankingDataReader.Read(connection, 2023);
                var read = watch.Elapsed;
                process.Refresh();
                var readCpu = process.TotalProcessorTime - cpuBefore;
                var path = RankingWorkbookWriter.Write(data, output);
                var total = watch.Elapsed;
                process.Refresh();
                var cpu = process.TotalProcessorTime - cpuBefore;
                Console.WriteLine(
                    $"run {attempt}: read {read.TotalSeconds:0.00} s + write {(total - read).TotalSeconds:0.00} s = {total.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU (read {readCpu.TotalSeconds:0.00}, write {(cpu - readCpu).TotalSeconds:0.00}) " +
                    $"({data.Regions.Count} regions, {data.Facts.Count} facts, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB, peak working set {Environment.WorkingSet / 1024 / 1024} MiB)");
            }

            Breakdown(connection, output, 2023);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    private static int RunOn(string database, int year)
    {
        using var connection = new DuckDBConnection($"Data Source={database};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var output = Directory.CreateTempSubdirectory("workbook-benchmark-").FullName;
        try
        {
            Breakdown(connection, output, year);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// Where the time goes: each reporting query, then building and writing each sheet. The reads are
    /// timed best of three, wall and CPU: on a shared machine one run mostly measures the neighbours.
    /// </summary>
    private static void Breakdown(DuckDBConnection connection, string output, int year)
    {
        foreach (var query in new[]
        {
            "run", "indicators", "coverage", "regions", "peer_ranks", "targets", "target_escalation",
            "target_escalation_summary", "target_achievement", "rank_claims", "facts", "sources", "workbook_inputs",
        })
        {
            var parameters = new DynamicParameters();
            parameters.Add("year", year);
            var sql = SqlFiles.Get($"reporting/{query}");
            var rows = 0;
            var (wall, cpu) = BestOfThree(() => rows = connection.Query(sql, sql.Contains("$year", StringComparison.Ordinal) ? parameters : null).Count());
            Console.WriteLine($"  query {query,-26} {rows,7} rows {wall,6:0.00} s wall {cpu,6:0.00} s CPU");
        }

        RankingData data = null!;
        var (readWall, readCpu) = BestOfThree(() => data = RankingDataReader.Read(connection, year));
        Console.WriteLine($"  read and map every query            {readWall,6:0.00} s wall {readCpu,6:0.00} s CPU");
        var sheetWatch = Stopwatch.StartNew();
        var sheets = Reports.RankingWorkbook.Sheets(data).ToList();
        Console.WriteLine($"  build all sheets              {sheetWatch.Elapsed.TotalSeconds,6:0.00} s");
        using var workbook = Reports.Excel.ExcelWorkbook.Create(Path.Combine(output, "breakdown.xlsx"));
        foreach (var sheet in sheets)
        {
            var watch = Stopwatch.StartNew();
            workbook.Add(sheet);
            Console.WriteLine($"  write {sheet.Name,-22} {sheet.RowCount,7} rows {watch.Elapsed.TotalSeconds,6:0.00} s");
        }

        var save = Stopwatch.StartNew();
        workbook.Save();
        workbook.Dispose();
        Console.WriteLine($"  save and close (strings, zip) {save.Elapsed.TotalSeconds,6:0.00} s");
    }

    /// <summary>The best wall and CPU seconds of three runs of <paramref name="work"/>.</summary>
    private static (double Wall, double Cpu) BestOfThree(Action work)
    {
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            work();
            wall = Math.Min(wall, watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        return (wall, cpu);
    }

    private static long Count(DuckDBConnection connection, string table) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM query_table($table)", new { table });
}
