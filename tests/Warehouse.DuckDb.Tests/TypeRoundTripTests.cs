using System.Numerics;

namespace Warehouse.DuckDb.Tests;

/// <summary>
/// Every supported DuckDB type goes in as a parameter, comes back out of a table through the
/// reader, and equals what went in; NULL comes back as DBNull for every type.
/// </summary>
public sealed class TypeRoundTripTests
{
    public static TheoryData<string, object> Values => new()
    {
        { "BOOLEAN", true },
        { "BOOLEAN", false },
        { "TINYINT", (sbyte)-128 },
        { "SMALLINT", (short)-32768 },
        { "INTEGER", int.MinValue },
        { "BIGINT", long.MaxValue },
        { "UTINYINT", (byte)255 },
        { "USMALLINT", (ushort)65535 },
        { "UINTEGER", uint.MaxValue },
        { "UBIGINT", ulong.MaxValue },
        { "HUGEINT", -12345678901234567890123456m },
        { "FLOAT", 3.25f },
        { "DOUBLE", -6.02214076e23 },
        { "DECIMAL(4,1)", -123.4m },
        { "DECIMAL(9,2)", 1234567.89m },
        { "DECIMAL(18,4)", -12345678901234.5678m },
        { "DECIMAL(38,10)", 1234567890123456.0123456789m },
        { "VARCHAR", "short" },
        { "VARCHAR", "exactly12chr" },
        { "VARCHAR", "a string longer than twelve bytes" },
        { "VARCHAR", "一般公共预算收入13.28亿元，增长6%" },
        { "VARCHAR", "" },
        { "DATE", new DateTime(2021, 2, 1) },
        { "DATE", new DateTime(1949, 10, 1) },
        { "TIMESTAMP", new DateTime(2024, 3, 5, 9, 30, 15, 123).AddTicks(4560) },
        { "TIME", new TimeSpan(0, 23, 59, 58, 999) },
        { "BLOB", new byte[] { 0, 1, 2, 254, 255 } },
        { "UUID", Guid.Parse("0b1e4f53-8c2a-4f7b-9a1d-3c5e7f9a1b2c") },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_parameter_stored_and_read_back_is_unchanged(string type, object value)
    {
        using var connection = InMemory.Open();
        connection.Execute($"CREATE TABLE t(v {type})");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t VALUES ($v)";
            insert.Parameters.Add("v", value);
            Assert.Equal(1, insert.ExecuteNonQuery());
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT v FROM t";
        using var reader = select.ExecuteReader();
        Assert.True(reader.Read());
        Assert.False(reader.IsDBNull(0));
        Assert.Equal(value, reader.GetValue(0));
        Assert.IsType(reader.GetFieldType(0), reader.GetValue(0));
        Assert.False(reader.Read());
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_appended_and_read_back_is_unchanged(string type, object value)
    {
        using var connection = InMemory.Open();
        connection.Execute($"CREATE TABLE t(v {type})");
        using (var appender = connection.CreateAppender("t"))
        {
            var row = appender.CreateRow();
            row = value switch
            {
                bool v => row.AppendValue(v),
                sbyte v => row.AppendValue(v),
                short v => row.AppendValue(v),
                int v => row.AppendValue(v),
                long v => row.AppendValue(v),
                byte v => row.AppendValue(v),
                ushort v => row.AppendValue(v),
                uint v => row.AppendValue(v),
                ulong v => row.AppendValue(v),
                float v => row.AppendValue(v),
                double v => row.AppendValue(v),
                decimal v => row.AppendValue(v),
                string v => row.AppendValue(v),
                DateTime v when type == "DATE" => row.AppendValue(DateOnly.FromDateTime(v)),
                DateTime v => row.AppendValue(v),
                TimeSpan v => row.AppendValue(v),
                byte[] v => row.AppendValue(v),
                Guid v => row.AppendValue(v),
                _ => throw new InvalidOperationException(value.GetType().Name),
            };
            row.EndRow();
        }

        Assert.Equal(value, connection.Scalar("SELECT v FROM t"));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Null_reads_as_DBNull_for_every_type(string type, object value)
    {
        _ = value;
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST(NULL AS {type}) AS v, CAST($x AS {type}) AS w";
        command.Parameters.Add("x", null);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.IsDBNull(0));
        Assert.True(reader.IsDBNull(1));
        Assert.Equal(DBNull.Value, reader.GetValue(0));
        Assert.Null(reader.GetFieldValue<string?>(0));
    }

    [Fact]
    public void Literals_of_each_type_read_as_their_dotnet_values()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT true, 7::TINYINT, 300::SMALLINT, 70000, 5000000000, 170141183460469231731687303715884105727::HUGEINT,
                   1.5::FLOAT, 2.25::DOUBLE, 13.28::DECIMAL(10,2), '增长6.5%左右', DATE '2026-03-05',
                   TIMESTAMP '2026-03-05 09:00:00', '\x41\x42'::BLOB, 'b'::ENUM('a', 'b'), TIMESTAMPTZ '2026-03-05 09:00:00+00'
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.GetBoolean(0));
        Assert.Equal((sbyte)7, reader.GetValue(1));
        Assert.Equal((short)300, reader.GetInt16(2));
        Assert.Equal(70000, reader.GetInt32(3));
        Assert.Equal(5000000000L, reader.GetInt64(4));
        Assert.Equal(Int128.MaxValue, reader.GetFieldValue<Int128>(5));
        Assert.Equal((BigInteger)Int128.MaxValue, reader.GetFieldValue<BigInteger>(5));
        Assert.Equal(1.5f, reader.GetFloat(6));
        Assert.Equal(2.25, reader.GetDouble(7));
        Assert.Equal(13.28m, reader.GetDecimal(8));
        Assert.Equal("DECIMAL", reader.GetDataTypeName(8));
        Assert.Equal("增长6.5%左右", reader.GetString(9));
        Assert.Equal(new DateOnly(2026, 3, 5), reader.GetFieldValue<DateOnly>(10));
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0), reader.GetDateTime(11));
        Assert.Equal("AB"u8.ToArray(), reader.GetFieldValue<byte[]>(12));
        Assert.Equal("b", reader.GetString(13));
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc), reader.GetDateTime(14).ToUniversalTime());
    }

    [Fact]
    public void A_hugeint_beyond_decimal_range_fails_clearly_but_reads_exactly_as_Int128()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 170141183460469231731687303715884105727::HUGEINT";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var error = Assert.Throws<OverflowException>(() => reader.GetValue(0));
        Assert.Contains("Int128", error.Message);
        Assert.Equal(Int128.MaxValue, reader.GetFieldValue<Int128>(0));
    }

    [Fact]
    public void Unsupported_types_say_how_to_read_them()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT [1, 2, 3] AS targets";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var error = Assert.Throws<NotSupportedException>(() => reader.GetValue(0));
        Assert.Contains("targets::VARCHAR", error.Message);
    }
}
