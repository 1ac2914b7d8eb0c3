using Dapper;
using DuckDB.NET.Data;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Tests;

public sealed class ReadingConnectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-reading-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_worker_reads_a_database_file_through_a_connection_of_its_own_that_sees_the_same_rows()
    {
        using var warehouse = new DuckDBConnection($"Data Source={Path.Combine(_folder, "w.duckdb")}");
        warehouse.Open();
        warehouse.Execute("CREATE TABLE t AS SELECT range AS i FROM range(5)");

        using var reading = ReadingConnection.Open(warehouse);
        var (count, connection) = reading.Read(c => (c.ExecuteScalar<long>("SELECT count(*) FROM t"), c));

        Assert.Equal(5, count);
        Assert.NotSame(warehouse, connection);
    }

    [Fact]
    public void An_in_memory_database_is_read_through_the_callers_connection_which_stays_open()
    {
        using var warehouse = new DuckDBConnection("Data Source=:memory:");
        warehouse.Open();
        warehouse.Execute("CREATE TABLE t AS SELECT range AS i FROM range(3)");

        using (var reading = ReadingConnection.Open(warehouse))
        {
            Assert.Same(warehouse, reading.Read(c => c));
        }

        Assert.Equal(3, warehouse.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }
}
