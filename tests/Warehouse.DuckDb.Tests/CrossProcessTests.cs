using System.Text.Json;

namespace Warehouse.DuckDb.Tests;

/// <summary>
/// A database file written through the provider is read by another process (`warehouse sql`),
/// and the other way round; plus the CLI's contract (read-only default, formats, versions).
/// </summary>
public sealed class CrossProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-duckdb-").FullName;

    private string DatabasePath => Path.Combine(_folder, "warehouse.duckdb");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_written_by_the_provider_is_read_by_a_second_process()
    {
        using (var connection = new DuckDbConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            connection.Execute("CREATE TABLE report(region VARCHAR, year INTEGER, growth DECIMAL(5,2))");
            using var appender = connection.CreateAppender("report");
            appender.CreateRow().AppendValue("杭州市").AppendValue(2023).AppendValue(5.6m).EndRow();
            appender.CreateRow().AppendValue("宁波市").AppendValue(2023).AppendValue(6.2m).EndRow();
        }

        var outcome = WarehouseProcess.Run(["sql", "SELECT region, growth FROM report ORDER BY growth DESC", "--db", DatabasePath, "--format", "csv"]);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(["region,growth", "宁波市,6.20", "杭州市,5.60"], Lines(outcome.Output));
    }

    [Fact]
    public void A_file_written_by_a_second_process_is_read_by_the_provider()
    {
        var outcome = WarehouseProcess.Run(
            ["sql", "--db", DatabasePath, "--write"],
            standardInput: "CREATE TABLE target(indicator VARCHAR, value DOUBLE);\nINSERT INTO target VALUES ('地区生产总值', 6.5), ('固定资产投资', 3.0);\n");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        using var connection = new DuckDbConnection($"Data Source={DatabasePath};Access Mode=ReadOnly");
        connection.Open();
        Assert.Equal(6.5, connection.Scalar("SELECT value FROM target WHERE indicator = '地区生产总值'"));
        Assert.Equal(2L, connection.Scalar("SELECT count(*) FROM target"));
    }

    [Fact]
    public void Without_write_the_file_is_read_only()
    {
        WarehouseProcess.Run(["sql", "CREATE TABLE t(i INTEGER)", "--db", DatabasePath, "--write"]);

        var outcome = WarehouseProcess.Run(["sql", "INSERT INTO t VALUES (1)", "--db", DatabasePath]);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("read-only", outcome.Error);
    }

    [Fact]
    public void A_missing_file_without_write_is_a_clear_error_and_creates_nothing()
    {
        var outcome = WarehouseProcess.Run(["sql", "SELECT 1", "--db", DatabasePath]);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("--write", outcome.Error);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void Sql_without_a_database_prints_the_answer()
    {
        var outcome = WarehouseProcess.Run(["sql", "select 42 as answer"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("answer", outcome.Output);
        Assert.Contains(Lines(outcome.Output), line => line.Split('│', StringSplitOptions.TrimEntries).Contains("42"));
    }

    [Fact]
    public void Json_output_keeps_types_and_Chinese_text()
    {
        var outcome = WarehouseProcess.Run(["sql", "SELECT 2021 AS year, '增长6%' AS claim, 13.28::DECIMAL(6,2) AS amount, NULL AS note", "--format", "json"]);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("增长6%", outcome.Output);
        var row = JsonDocument.Parse(outcome.Output).RootElement[0];
        Assert.Equal(2021, row.GetProperty("year").GetInt32());
        Assert.Equal("增长6%", row.GetProperty("claim").GetString());
        Assert.Equal(13.28m, row.GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("note").ValueKind);
    }

    [Fact]
    public void A_failing_statement_prints_DuckDBs_error_and_fails()
    {
        var outcome = WarehouseProcess.Run(["sql", "SELECT * FROM no_such_table"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no_such_table", outcome.Error);
    }

    [Fact]
    public void Version_names_warehouse_and_DuckDB_1_5()
    {
        var outcome = WarehouseProcess.Run(["--version"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("warehouse ", outcome.Output);
        Assert.Matches(@"DuckDB v1\.5\.\d+", outcome.Output);
    }

    [Fact]
    public void A_library_path_that_does_not_load_gives_one_clear_error()
    {
        var missing = Path.Combine(_folder, "libduckdb-missing.so");
        var outcome = WarehouseProcess.Run(["sql", "SELECT 1"], environment: new Dictionary<string, string> { ["DUCKDB_LIBRARY"] = missing });

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("DUCKDB_LIBRARY", outcome.Error);
        Assert.Contains(missing, outcome.Error);
    }

    [Fact]
    public void A_build_without_the_native_library_says_how_to_get_it()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_folder, "cli-without-duckdb"));
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(WarehouseProcess.Dll)!))
        {
            if (!Path.GetFileName(file).Contains("duckdb.so", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }
        }

        var outcome = WarehouseProcess.Run(
            ["sql", "SELECT 1"],
            environment: new Dictionary<string, string> { ["DUCKDB_LIBRARY"] = "" },
            dll: Path.Combine(copy.FullName, "warehouse.dll"));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("npm", outcome.Error);
        Assert.Contains("DUCKDB_LIBRARY", outcome.Error);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
