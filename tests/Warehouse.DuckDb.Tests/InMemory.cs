namespace Warehouse.DuckDb.Tests;

/// <summary>Opens a private in-memory database for one test.</summary>
internal static class InMemory
{
    public static DuckDbConnection Open(string options = "")
    {
        var connection = new DuckDbConnection("Data Source=:memory:" + options);
        connection.Open();
        return connection;
    }

    public static int Execute(this DuckDbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this DuckDbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
