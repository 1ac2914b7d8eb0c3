using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Loading.Tests;

/// <summary>
/// The column types of the warehouse, written the two ways the loader writes (DuckDB.NET's
/// Appender, Dapper with $name parameters) and read back through Dapper, come back unchanged:
/// Chinese text, NULLs, integers at their limits, doubles, flags, and timestamps to the
/// microsecond (the incremental run compares stored file times with the file system's).
/// </summary>
public sealed class DuckDbTypeTests
{
    private sealed record Row(string Text, string? MaybeText, int Year, int? MaybeYear, long Id, double Value, double? MaybeValue, bool Flag, DateTime At);

    private static readonly Row[] Rows =
    [
        new("一般公共预算收入13.28亿元，增长6%", null, 2023, null, long.MaxValue, -6.02214076e23, null, true,
            ChangeDetector.ToStoredPrecision(new DateTime(2024, 3, 5, 9, 30, 15, 123, 456, DateTimeKind.Utc).AddTicks(7))),
        new("", "左右", int.MinValue, 2021, long.MinValue, 5.6, 0.1 + 0.2, false, new DateTime(1949, 10, 1, 0, 0, 0, DateTimeKind.Utc)),
    ];

    [Fact]
    public void Appended_rows_read_back_unchanged()
    {
        using var connection = Table();
        using (var appender = connection.CreateAppender("t"))
        {
            foreach (var row in Rows)
            {
                appender.CreateRow().AppendValue(row.Text).AppendValue(row.MaybeText).AppendValue(row.Year).AppendValue(row.MaybeYear)
                    .AppendValue(row.Id).AppendValue(row.Value).AppendValue(row.MaybeValue).AppendValue(row.Flag).AppendValue(row.At).EndRow();
            }
        }

        Assert.Equal(Rows, ReadBack(connection));
    }

    [Fact]
    public void Rows_inserted_with_named_parameters_read_back_unchanged()
    {
        using var connection = Table();
        var inserted = connection.Execute(
            "INSERT INTO t VALUES ($Text, $MaybeText, $Year, $MaybeYear, $Id, $Value, $MaybeValue, $Flag, $At)", Rows);

        Assert.Equal(Rows.Length, inserted);
        Assert.Equal(Rows, ReadBack(connection));
        Assert.Equal(Rows[0].At, connection.ExecuteScalar<DateTime>("SELECT stamp FROM t WHERE stamp = $at", new { at = Rows[0].At }));
    }

    private static DuckDBConnection Table()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("""
            CREATE TABLE t(text VARCHAR, maybe_text VARCHAR, year INTEGER, maybe_year INTEGER, id BIGINT,
                           value DOUBLE, maybe_value DOUBLE, flag BOOLEAN, stamp TIMESTAMP)
            """);
        return connection;
    }

    private static List<Row> ReadBack(DuckDBConnection connection) =>
        connection.Query<Row>(
            "SELECT text, maybe_text AS MaybeText, year, maybe_year AS MaybeYear, id, value, maybe_value AS MaybeValue, flag, stamp AS At FROM t ORDER BY id DESC")
            .ToList();
}
