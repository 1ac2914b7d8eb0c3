using System.Text.Json;
using Dapper;

namespace Warehouse.Loading.Tests;

/// <summary>
/// `warehouse sql`, run as its own process against a published warehouse file: read-only means
/// read-only (no COPY TO, ATTACH, INSTALL/LOAD, file readers or SET), --allow-files opens one
/// folder, --write goes through the writers' lock and publish, and results stream.
/// </summary>
public sealed class WarehouseSqlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public WarehouseSqlTests()
    {
        DatabasePath = _folder.Combine("warehouse.duckdb");
        using var session = WarehouseFile.BeginWrite(DatabasePath);
        new SchemaMigrator().Migrate(session.Connection);
        session.Connection.Execute("INSERT INTO dim_indicator VALUES ('gdp', '地区生产总值', 'GDP', '亿元', 'output')");
        session.Publish();
    }

    private string DatabasePath { get; }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_second_process_reads_the_published_file()
    {
        var (exitCode, output, error) = Sql("SELECT indicator_code, name_zh FROM dim_indicator", "--format", "csv");

        Assert.True(exitCode == 0, error);
        Assert.Equal(["indicator_code,name_zh", "gdp,地区生产总值"], Lines(output));
    }

    [Fact]
    public void Copy_to_the_warehouse_file_is_refused_and_the_file_is_unchanged()
    {
        var before = File.ReadAllBytes(DatabasePath);

        var (exitCode, _, error) = Sql($"COPY (SELECT 'gone' AS x) TO '{DatabasePath}' (FORMAT csv)");

        AssertRefused(exitCode, error);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public void Attach_is_refused_and_creates_nothing()
    {
        var other = _folder.Combine("other.duckdb");

        var (exitCode, _, error) = Sql($"ATTACH '{other}' AS other (READ_WRITE); CREATE TABLE other.t(i INTEGER)");

        AssertRefused(exitCode, error);
        Assert.False(File.Exists(other));
    }

    [Theory]
    [InlineData("INSTALL httpfs")]
    [InlineData("LOAD httpfs")]
    [InlineData("SELECT * FROM read_text('/etc/passwd')")]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    public void Extensions_and_file_readers_are_refused(string statement)
    {
        var (exitCode, output, error) = Sql(statement);

        AssertRefused(exitCode, error);
        Assert.DoesNotContain("root:", output + error);
    }

    [Fact]
    public void The_limits_cannot_be_lifted_with_SET()
    {
        var (exitCode, _, error) = Sql("SET enable_external_access = true; SELECT * FROM read_text('/etc/passwd')");

        Assert.Equal(1, exitCode);
        Assert.Contains("locked", error);
    }

    [Fact]
    public void Without_write_nothing_in_the_warehouse_changes()
    {
        var (exitCode, _, error) = Sql("CREATE TABLE t(i INTEGER)");

        Assert.Equal(1, exitCode);
        Assert.Contains("read-only", error);
    }

    [Fact]
    public void Allow_files_lets_COPY_write_under_the_named_folder_only()
    {
        var exports = Directory.CreateDirectory(_folder.Combine("exports")).FullName;
        var inside = Path.Combine(exports, "indicators.csv");
        var outside = _folder.Combine("outside.csv");

        var allowed = Sql($"COPY (SELECT indicator_code FROM dim_indicator) TO '{inside}' (FORMAT csv)", "--allow-files", exports);
        var elsewhere = Sql($"COPY (SELECT 1 AS x) TO '{outside}' (FORMAT csv)", "--allow-files", exports);

        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Equal(["indicator_code", "gdp"], File.ReadAllLines(inside));
        AssertRefused(elsewhere.ExitCode, elsewhere.Error);
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public void Allow_files_refuses_a_folder_that_holds_the_warehouse()
    {
        var before = File.ReadAllBytes(DatabasePath);

        var link = Directory.CreateSymbolicLink(_folder.Combine("link"), _folder.Path).FullName;

        // The folder itself, the folder through a link, and the warehouse named through a link.
        foreach (var (database, folder) in new[] { (DatabasePath, _folder.Path), (DatabasePath, link), (Path.Combine(link, "warehouse.duckdb"), _folder.Path) })
        {
            var (exitCode, _, error) = ChildRun.RunWarehouse(
                ["sql", $"COPY (SELECT 'gone' AS x) TO '{Path.Combine(folder, "warehouse.duckdb")}' (FORMAT csv)", "--db", database, "--allow-files", folder]);

            Assert.Equal(2, exitCode);
            Assert.Contains("holds the warehouse", error);
            Assert.Equal(before, File.ReadAllBytes(DatabasePath));
        }
    }

    [Fact]
    public void Write_publishes_all_statements_and_a_failing_one_publishes_none()
    {
        var written = ChildRun.RunWarehouse(["sql", "--db", DatabasePath, "--write"],
            standardInput: "CREATE TABLE note(region VARCHAR, text VARCHAR);\nINSERT INTO note VALUES ('420525', '统计公报更正');\n");
        var failed = ChildRun.RunWarehouse(["sql", "--db", DatabasePath, "--write"],
            standardInput: "INSERT INTO note VALUES ('420526', 'lost');\nSELECT * FROM no_such_table;\n");

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Equal(1, failed.ExitCode);
        using var connection = WarehouseFile.OpenReadOnly(DatabasePath);
        Assert.Equal(["统计公报更正"], connection.Query<string>("SELECT text FROM note"));
        Assert.False(File.Exists(WarehouseFile.NextPath(DatabasePath)));
    }

    [Fact]
    public void Write_while_a_run_holds_the_lock_is_refused_with_a_clear_message()
    {
        using var seeds = new SeedWarehouse();
        using var run = ChildRun.Paused(seeds.Input, seeds.DatabasePath);
        run.WaitUntilPaused();

        var (exitCode, _, error) = ChildRun.RunWarehouse(["sql", "CREATE TABLE t(i INTEGER)", "--db", seeds.DatabasePath, "--write"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("refused", error);
        Assert.Contains(WarehouseFile.LockPath(seeds.DatabasePath), error);
        Assert.False(File.Exists(seeds.DatabasePath), "the refused write published nothing");
    }

    [Fact]
    public void A_result_too_large_to_hold_streams_row_by_row()
    {
        // A trillion rows cannot be materialized; the first 100,000 arriving proves they stream.
        using var query = ChildRun.Warehouse(["sql", "SELECT i, 'row-' || i AS label FROM range(1000000000000) r(i)", "--format", "csv"]);

        var lines = query.WaitForStdoutLines(100_000);

        Assert.Equal("i,label", lines[0]);
        Assert.Equal("99998,row-99998", lines[99_999]);
    }

    [Fact]
    public void Json_output_keeps_types_and_Chinese_text()
    {
        var (exitCode, output, error) = ChildRun.RunWarehouse(["sql",
            "SELECT 2021 AS year, '增长6%' AS claim, 13.28::DECIMAL(6,2) AS amount, sum(i) AS total, DATE '2024-01-16' AS meeting, NULL AS note FROM range(3) r(i)",
            "--format", "json"]);

        Assert.True(exitCode == 0, error);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(2021, row.GetProperty("year").GetInt32());
        Assert.Equal("增长6%", row.GetProperty("claim").GetString());
        Assert.Equal(13.28m, row.GetProperty("amount").GetDecimal());
        Assert.Equal(3, row.GetProperty("total").GetInt64());
        Assert.Equal("2024-01-16", row.GetProperty("meeting").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("note").ValueKind);
    }

    [Fact]
    public void A_missing_file_without_write_is_a_clear_error_and_creates_nothing()
    {
        var missing = _folder.Combine("missing.duckdb");

        var (exitCode, _, error) = ChildRun.RunWarehouse(["sql", "SELECT 1", "--db", missing]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--write", error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Version_names_warehouse_and_DuckDB_1_5()
    {
        var (exitCode, output, _) = ChildRun.RunWarehouse(["--version"]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("warehouse ", output);
        Assert.Matches(@"DuckDB v1\.5\.\d+", output);
    }

    private (int ExitCode, string Output, string Error) Sql(string statement, params string[] options) =>
        ChildRun.RunWarehouse(["sql", statement, "--db", DatabasePath, .. options]);

    private static void AssertRefused(int exitCode, string error)
    {
        Assert.Equal(1, exitCode);
        Assert.StartsWith("warehouse sql: refused:", error);
        Assert.Single(Lines(error));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
