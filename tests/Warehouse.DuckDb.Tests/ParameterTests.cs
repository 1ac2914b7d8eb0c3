namespace Warehouse.DuckDb.Tests;

public sealed class ParameterTests
{
    private static object? Run(string sql, params DuckDbParameter[] parameters)
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);
        return command.ExecuteScalar();
    }

    [Fact]
    public void Named_parameters_bind_by_name_whatever_their_order()
    {
        Assert.Equal("2021-地区生产总值", Run(
            "SELECT $year::VARCHAR || '-' || $name",
            new DuckDbParameter("name", "地区生产总值"),
            new DuckDbParameter("year", 2021)));
    }

    [Theory]
    [InlineData("$year")]
    [InlineData("@year")]
    [InlineData(":year")]
    public void A_prefix_on_the_parameter_name_is_ignored(string name) =>
        Assert.Equal(2022, Run("SELECT $year + 1", new DuckDbParameter(name, 2021)));

    [Fact]
    public void Unnamed_parameters_fill_question_marks_in_order() =>
        Assert.Equal("a-b-c", Run("SELECT ? || '-' || ? || '-' || ?", new("a"), new("b"), new("c")));

    [Fact]
    public void Numbered_placeholders_bind_by_position()
    {
        Assert.Equal("second,first,second", Run(
            "SELECT $2 || ',' || $1 || ',' || $2",
            new DuckDbParameter("1", "first"),
            new DuckDbParameter("2", "second")));
    }

    [Fact]
    public void A_named_parameter_the_statement_does_not_use_is_ignored() =>
        Assert.Equal(5, Run("SELECT $a + 2", new DuckDbParameter("a", 3), new DuckDbParameter("unused", "x")));

    [Fact]
    public void A_missing_parameter_is_DuckDBs_error()
    {
        var error = Assert.Throws<DuckDbException>(() => Run("SELECT $a + $b", new DuckDbParameter("a", 1)));
        Assert.Contains("b", error.Message);
    }

    [Fact]
    public void Each_statement_of_a_batch_takes_the_parameters_it_names()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE region(code VARCHAR, name VARCHAR);
            INSERT INTO region VALUES ($code, $name);
            SELECT name FROM region WHERE code = $code;
            """;
        command.Parameters.Add("code", "330100");
        command.Parameters.Add("name", "杭州市");
        Assert.Equal("杭州市", command.ExecuteScalar());
    }

    [Fact]
    public void A_prepared_command_runs_again_with_new_values()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(year INTEGER, value DOUBLE)");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($year, $value)";
        var year = insert.Parameters.Add("year", 0);
        var value = insert.Parameters.Add("value", 0.0);
        insert.Prepare();
        for (var i = 0; i < 10; i++)
        {
            year.Value = 2015 + i;
            value.Value = i * 0.5;
            Assert.Equal(1, insert.ExecuteNonQuery());
        }

        Assert.Equal(10L, connection.Scalar("SELECT count(DISTINCT year) FROM t"));
        Assert.Equal(22.5, connection.Scalar("SELECT sum(value) FROM t"));
    }

    [Fact]
    public void Parameters_are_values_never_sql()
    {
        const string hostile = "x'); DROP TABLE t; --";
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(s VARCHAR)");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($s)";
        insert.Parameters.Add("s", hostile);
        insert.ExecuteNonQuery();
        Assert.Equal(hostile, connection.Scalar("SELECT s FROM t"));
    }
}
