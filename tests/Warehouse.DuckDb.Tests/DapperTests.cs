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

    [Fact]
    public void Execute_with_a_list_of_objects_inserts_each()
    {
        using var connection = Seeded();
        var rows = new[]
        {
            new { year = 2023, name = "城镇居民人均可支配收入", value = 5.1 },
            new { year = 2023, name = "农村居民人均可支配收入", value = 7.3 },
        };
        var inserted = connection.Execute("INSERT INTO indicator(year, name, value) VALUES ($year, $name, $value)", rows);

        Assert.Equal(2, inserted);
        Assert.Equal(12.4, connection.QuerySingle<double>("SELECT round(sum(value), 1) FROM indicator WHERE year = 2023"));
    }

    [Fact]
    public void A_Dapper_transaction_commits_or_rolls_back()
    {
        using var connection = Seeded();
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("DELETE FROM indicator WHERE year = $year", new { year = 2021 }, transaction);
            transaction.Rollback();
        }

        Assert.Equal(1, connection.QuerySingle<int>("SELECT count(*)::INTEGER FROM indicator WHERE year = 2021"));

        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("DELETE FROM indicator WHERE year = $year", new { year = 2021 }, transaction);
            transaction.Commit();
        }

        Assert.Equal(0, connection.QuerySingle<int>("SELECT count(*)::INTEGER FROM indicator WHERE year = 2021"));
    }

    [Fact]
    public void QuerySingleOrDefault_returns_null_for_no_row_and_maps_NULL_columns()
    {
        using var connection = Seeded();
        Assert.Null(connection.QuerySingleOrDefault<string>("SELECT name FROM indicator WHERE year = $year", new { year = 1999 }));
        connection.Execute("INSERT INTO indicator(year, name) VALUES (2024, '待定')");
        var row = connection.QuerySingle<(int Year, double? Value)>("SELECT year, value FROM indicator WHERE name = '待定'");
        Assert.Equal(2024, row.Year);
        Assert.Null(row.Value);
    }

    [Fact]
    public void Dynamic_rows_expose_column_names()
    {
        using var connection = Seeded();
        var row = connection.QueryFirst("SELECT name AS 指标, year FROM indicator ORDER BY year LIMIT 1");
        var values = (IDictionary<string, object>)row;
        Assert.Equal("地区生产总值", values["指标"]);
        Assert.Equal(2021, values["year"]);
    }

    [Fact]
    public void ExecuteScalar_and_nullable_parameters_work()
    {
        using var connection = Seeded();
        int? missing = null;
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM indicator WHERE value = $v", new { v = missing }));
        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT count(*) FROM indicator WHERE $v IS NULL", new { v = missing }));
    }

    [Fact]
    public void QueryMultiple_reads_each_result_set()
    {
        using var connection = Seeded();
        using var grid = connection.QueryMultiple("SELECT count(*) FROM indicator; SELECT name FROM indicator WHERE year = $year", new { year = 2021 });
        Assert.Equal(3L, grid.ReadSingle<long>());
        Assert.Equal("地区生产总值", grid.ReadSingle<string>());
    }

    private sealed record Published(string Name, DateTime Day, long Count);

    // Dapper 2.1 has no DateOnly support; DATE columns map to DateTime and DuckDB compares a
    // DateTime parameter with a DATE column directly.
    [Fact]
    public void Dates_map_to_DateTime_and_a_DateTime_parameter_filters_a_date_column()
    {
        using var connection = Seeded();
        var rows = connection.Query<Published>(
            "SELECT name, published AS day, count(*) OVER () AS count FROM indicator WHERE published >= $since ORDER BY published",
            new { since = new DateTime(2022, 1, 1) }).ToList();
        Assert.Equal([new DateTime(2022, 1, 20), new DateTime(2022, 1, 21)], rows.Select(r => r.Day));
        Assert.All(rows, r => Assert.Equal(2, r.Count));
    }
}
