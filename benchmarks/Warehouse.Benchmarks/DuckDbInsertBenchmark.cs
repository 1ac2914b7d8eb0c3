using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Benchmarks;

/// <summary>
/// Loading rows into DuckDB through DuckDB.NET three ways, each into a fresh on-disk file inside
/// one transaction: the Appender, a prepared parameterised INSERT executed per row, and one
/// multi-row INSERT statement. Prints rows per second and the machine. (DuckDB.NET parses and
/// plans a command on every execution, its Prepare() keeps nothing, so the per-row INSERT is
/// measured on fewer rows; the loader never inserts row by row.)
/// <c>dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- duckdb-insert [appender-rows] [insert-rows]</c>
/// </summary>
internal static class DuckDbInsertBenchmark
{
    private const string CreateTable = """
        CREATE TABLE fact(id BIGINT, region_code VARCHAR, indicator VARCHAR, year SMALLINT, value DOUBLE, published DATE)
        """;

    private static readonly string[] Indicators = ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额"];

    public static int Run(string[] args)
    {
        var appenderRows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var insertRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        using (var engine = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString))
        {
            engine.Open();
            var driver = typeof(DuckDBConnection).Assembly.GetName().Version;
            Console.WriteLine($"machine: {CpuModel()}, {Environment.ProcessorCount} cores; DuckDB {engine.ServerVersion} via DuckDB.NET {driver}; .NET {Environment.Version}");
        }

        Console.WriteLine("table: 6 columns (BIGINT, VARCHAR code, VARCHAR Chinese indicator, SMALLINT, DOUBLE, DATE); on-disk file, one transaction");

        // Warm-up so JIT and first-open costs do not count.
        Measure("warm-up", 10_000, LoadWithAppender, print: false);
        Measure("warm-up", 1_000, LoadWithPreparedInsert, print: false);
        Measure("warm-up", 1_000, LoadWithMultiRowInsert, print: false);

        Measure("appender", appenderRows, LoadWithAppender);
        Measure("prepared INSERT per row", insertRows, LoadWithPreparedInsert);
        Measure("one multi-row INSERT", insertRows, LoadWithMultiRowInsert);
        return 0;
    }

    private static void Measure(string method, int rows, Action<DuckDBConnection, int> load, bool print = true)
    {
        var folder = Directory.CreateTempSubdirectory("duckdb-insert-bench-");
        try
        {
            using var connection = new DuckDBConnection($"Data Source={Path.Combine(folder.FullName, "bench.duckdb")}");
            connection.Open();
            connection.Execute(CreateTable);
            // CPU time next to wall time: on a shared machine the wall clock includes waiting for a core.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                load(connection, rows);
                transaction.Commit();
            }

            stopwatch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var count = connection.ExecuteScalar<long>("SELECT count(*) FROM fact");
            if (count != rows)
            {
                throw new InvalidOperationException($"{method}: loaded {count} rows, expected {rows}.");
            }

            if (print)
            {
                Console.WriteLine(
                    $"{method,-26} {rows,10:N0} rows in {stopwatch.Elapsed.TotalSeconds,7:F2} s = {rows / stopwatch.Elapsed.TotalSeconds,12:N0} rows/s " +
                    $"(CPU {cpu.TotalSeconds:F2} s = {rows / cpu.TotalSeconds:N0} rows per CPU-second)");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void LoadWithAppender(DuckDBConnection connection, int rows)
    {
        using var appender = connection.CreateAppender("fact");
        for (var i = 0; i < rows; i++)
        {
            appender.CreateRow()
                .AppendValue((long)i)
                .AppendValue(RegionCode(i))
                .AppendValue(Indicators[i % Indicators.Length])
                .AppendValue(Year(i))
                .AppendValue(i * 0.25)
                .AppendValue(Published(i))
                .EndRow();
        }
    }

    private static void LoadWithPreparedInsert(DuckDBConnection connection, int rows)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO fact VALUES ($id, $region_code, $indicator, $year, $value, $published)";
        var id = new DuckDBParameter("id", 0L);
        var region = new DuckDBParameter("region_code", "");
        var indicator = new DuckDBParameter("indicator", "");
        var year = new DuckDBParameter("year", (short)0);
        var value = new DuckDBParameter("value", 0.0);
        var published = new DuckDBParameter("published", DateOnly.MinValue);
        insert.Parameters.AddRange(new[] { id, region, indicator, year, value, published });
        insert.Prepare();
        for (var i = 0; i < rows; i++)
        {
            id.Value = (long)i;
            region.Value = RegionCode(i);
            indicator.Value = Indicators[i % Indicators.Length];
            year.Value = Year(i);
            value.Value = i * 0.25;
            published.Value = Published(i);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The statement text is generated from the benchmark's own numbers, never from input.</summary>
    private static void LoadWithMultiRowInsert(DuckDBConnection connection, int rows)
    {
        var sql = new StringBuilder("INSERT INTO fact VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "" : ",")}({i}, '{RegionCode(i)}', '{Indicators[i % Indicators.Length]}', {Year(i)}, {i * 0.25:R}, DATE '{Published(i):yyyy-MM-dd}')");
        }

        connection.Execute(sql.ToString());
    }

    private static string RegionCode(int i) => (110000 + (i % 3200)).ToString(CultureInfo.InvariantCulture);

    private static short Year(int i) => (short)(2005 + (i % 20));

    private static DateOnly Published(int i) => new(2005 + (i % 20), 1 + (i % 12), 1 + (i % 28));

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
