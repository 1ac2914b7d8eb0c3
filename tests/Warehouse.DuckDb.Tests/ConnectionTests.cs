using System.Data;

namespace Warehouse.DuckDb.Tests;

public sealed class ConnectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-duckdb-").FullName;

    private string DatabasePath => Path.Combine(_folder, "w.duckdb");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Connection_string_options_become_DuckDB_settings()
    {
        using var connection = InMemory.Open(";Threads=1;Memory Limit=512MB");
        Assert.Equal("1", connection.Scalar("SELECT current_setting('threads')::VARCHAR"));
        Assert.StartsWith("488", (string)connection.Scalar("SELECT current_setting('memory_limit')")!); // 512 MB = 488.2 MiB
    }

    [Theory]
    [InlineData("Data Source=a.duckdb;Access Mode=ReadOnly", "a.duckdb", "READ_ONLY")]
    [InlineData("data source = b.duckdb ; access mode = read_write", "b.duckdb", "READ_WRITE")]
    [InlineData("", ":memory:", null)]
    public void Connection_strings_parse(string connectionString, string dataSource, string? accessMode)
    {
        var settings = DuckDbConnectionSettings.Parse(connectionString);
        Assert.Equal(dataSource, settings.DataSource);
        Assert.Equal(accessMode, settings.Options.GetValueOrDefault("access_mode"));
    }

    [Fact]
    public void A_read_only_connection_refuses_writes_with_DuckDBs_message()
    {
        using (var writer = new DuckDbConnection($"Data Source={DatabasePath}"))
        {
            writer.Open();
            writer.Execute("CREATE TABLE t(i INTEGER); INSERT INTO t VALUES (1)");
        }

        using var reader = new DuckDbConnection($"Data Source={DatabasePath};Access Mode=ReadOnly");
        reader.Open();
        Assert.Equal(1, reader.Scalar("SELECT i FROM t"));
        var error = Assert.Throws<DuckDbException>(() => reader.Execute("INSERT INTO t VALUES (2)"));
        Assert.Contains("read-only", error.Message);
    }

    [Fact]
    public void Two_connections_to_one_file_in_one_process_share_the_database()
    {
        using var first = new DuckDbConnection($"Data Source={DatabasePath}");
        using var second = new DuckDbConnection($"Data Source={DatabasePath}");
        first.Open();
        second.Open();
        first.Execute("CREATE TABLE t(i INTEGER); INSERT INTO t VALUES (7)");
        Assert.Equal(7, second.Scalar("SELECT i FROM t"));
    }

    [Fact]
    public void Data_survives_closing_and_reopening_the_file()
    {
        using (var connection = new DuckDbConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            connection.Execute("CREATE TABLE t(s VARCHAR); INSERT INTO t VALUES ('十四五规划')");
        }

        using var reopened = new DuckDbConnection($"Data Source={DatabasePath}");
        reopened.Open();
        Assert.Equal("十四五规划", reopened.Scalar("SELECT s FROM t"));
    }

    [Fact]
    public void In_memory_databases_are_private_to_their_connection()
    {
        using var first = InMemory.Open();
        using var second = InMemory.Open();
        first.Execute("CREATE TABLE only_here(i INTEGER)");
        Assert.Throws<DuckDbException>(() => second.Execute("SELECT * FROM only_here"));
    }

    [Fact]
    public void State_follows_open_and_close()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        Assert.Equal(ConnectionState.Closed, connection.State);
        connection.Open();
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.StartsWith("v1.5.", connection.ServerVersion);
        connection.Close();
        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Throws<InvalidOperationException>(() => connection.Execute("SELECT 1"));
    }

    [Fact]
    public void A_batch_reports_its_changed_rows_and_each_query_is_a_result_set()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE t(i INTEGER);
            INSERT INTO t SELECT * FROM range(10);
            SELECT count(*) FROM t;
            DELETE FROM t WHERE i < 3;
            SELECT count(*) FROM t;
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(10L, reader.GetInt64(0));
        Assert.True(reader.NextResult());
        Assert.True(reader.Read());
        Assert.Equal(7L, reader.GetInt64(0));
        Assert.False(reader.NextResult());
        Assert.Equal(13, reader.RecordsAffected);
    }

    [Fact]
    public void A_DataTable_loads_from_a_reader()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT i AS year, '第' || i AS label FROM range(2020, 2025) r(i)";
        using var reader = command.ExecuteReader();
        var table = new DataTable();
        table.Load(reader);
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(typeof(long), table.Columns["year"]!.DataType);
        Assert.Equal("第2024", table.Rows[4]["label"]);
    }
}
