using Dapper;

namespace Warehouse.DuckDb.Tests;

public sealed class DapperTests
{
    private sealed record Indicator(int Year, string Name, double Value, decimal Amount, DateTime Published);

    private static DuckDbConnection Seeded()
    {
        var connection = InMemory.Open();
        connection.Execute("""
            CREATE TABLE indicator(year INTEGER, name VARCHAR, value DOUBLE, amount DECIMAL(18,2), published DATE);
            INSERT INTO indicator VALUES
              (2021, '地区生产总值', 6.5, 13.28, DATE '2021-02-01'),
              (2022, '一般公共预算收入', 3.1, 120.50, DATE '2022-01-20'),
              (2022, '固定资产投资', 8.0, 7.00, DATE '2022-01-21');
            """);
        return connection;
    }

    [Fact]
    public void Query_maps_rows_to_records_with_a_named_parameter()
    {
        using var connection = Seeded();
        var rows = connection.Query<Indicator>(
            "SELECT year, name, value, amount, published FROM indicator WHERE year = $year ORDER BY name",
            new { year = 2022 }).ToList();

        Assert.Equal(["一般公共预算收入", "固定资产投资"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.Equal(2022, r.Year));
        Assert.Equal(120.50m, rows[0].Amount);
        Assert.Equal(new DateTime(2022, 1, 20), rows[0].Published);
    }

    [Fact]
    public void Execute_with_parameters_returns_changed_rows()
    {
        using var connection = Seeded();
        var changed = connection.Execute("UPDATE indicator SET value = value + $delta WHERE year = $year", new { delta = 1.0, year = 2022 });

        Assert.Equal(2, changed);
        Assert.Equal(9.0, connection.QuerySingle<double>("SELECT value FROM indicator WHERE name = $name", new { name = "固定资产投资" }));
    }

    [Fact]
    public void QuerySingle_reads_an_aggregate()
    {
        using var connection = Seeded();
        Assert.Equal(3L, connection.QuerySingle<long>("SELECT count(*) FROM indicator"));
        // SUM over INTEGER is a HUGEINT in DuckDB; Dapper must still map it to long.
        Assert.Equal(2L * 2022, connection.QuerySingle<long>("SELECT sum(year) FROM indicator WHERE year > $y", new { y = 2021 }));
    }
}
