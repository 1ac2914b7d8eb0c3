namespace Warehouse.DuckDb.Tests;

/// <summary>DuckDB's own error text reaches the caller, and the connection stays usable.</summary>
public sealed class ErrorTests
{
    [Fact]
    public void A_syntax_error_carries_DuckDBs_parser_message()
    {
        using var connection = InMemory.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Execute("SELEC 1"));
        Assert.Contains("Parser Error", error.Message);
        Assert.Contains("SELEC", error.Message);
    }

    [Fact]
    public void A_missing_table_is_named_in_the_message()
    {
        using var connection = InMemory.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Scalar("SELECT * FROM no_such_table"));
        Assert.Contains("no_such_table", error.Message);
        Assert.Contains("Catalog Error", error.Message);
    }

    [Fact]
    public void A_constraint_violation_carries_the_duplicate_key()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE region(code VARCHAR PRIMARY KEY); INSERT INTO region VALUES ('110000')");
        var error = Assert.Throws<DuckDbException>(() => connection.Execute("INSERT INTO region VALUES ('110000')"));
        Assert.Contains("110000", error.Message);
        Assert.Contains("Constraint Error", error.Message);
    }

    [Fact]
    public void An_error_while_streaming_a_result_surfaces_on_read()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN i < 100000 THEN i ELSE error('boom at ' || i) END FROM range(200000) r(i)";
        var error = Assert.Throws<DuckDbException>(() =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }
        });
        Assert.Contains("boom at", error.Message);
    }

    [Fact]
    public void The_connection_works_after_an_error()
    {
        using var connection = InMemory.Open();
        Assert.Throws<DuckDbException>(() => connection.Execute("SELECT * FROM nothing"));
        Assert.Equal(42, connection.Scalar("SELECT 42"));
    }

    [Fact]
    public void A_wrong_value_for_the_appender_carries_DuckDBs_message()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(i INTEGER, s VARCHAR)");
        var error = Assert.Throws<DuckDbException>(() =>
        {
            using var appender = connection.CreateAppender("t");
            appender.CreateRow().AppendValue("not a number").AppendValue("x").EndRow();
        });
        Assert.Contains("not a number", error.Message);
    }

    [Fact]
    public void A_row_with_too_few_values_is_refused_by_the_appender()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(i INTEGER, s VARCHAR)");
        using var appender = connection.CreateAppender("t");
        var error = Assert.Throws<DuckDbException>(() => appender.CreateRow().AppendValue(1).EndRow());
        Assert.Contains("column", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_constraint_violation_on_flush_carries_DuckDBs_message()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE region(code VARCHAR PRIMARY KEY)");
        var appender = connection.CreateAppender("region");
        appender.CreateRow().AppendValue("320000").EndRow();
        appender.CreateRow().AppendValue("320000").EndRow();
        var error = Assert.Throws<DuckDbException>(appender.Close);
        appender.Dispose();
        Assert.Contains("320000", error.Message);
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM region"));
    }

    [Fact]
    public void An_appender_for_a_missing_table_names_it()
    {
        using var connection = InMemory.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.CreateAppender("missing_table"));
        Assert.Contains("missing_table", error.Message);
    }

    [Fact]
    public void An_unknown_connection_option_is_named()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:;No Such Option=1");
        var error = Assert.Throws<DuckDbException>(connection.Open);
        Assert.Contains("no_such_option", error.Message);
    }
}
