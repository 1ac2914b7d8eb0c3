using System.Data.Common;

namespace Warehouse.Reports.Data;

/// <summary>
/// The connection one workbook worker reads its years through. A connection runs one query at a
/// time, so workers sharing the caller's took turns reading; each gets a connection of its own to
/// the same database instead. A database file opened again in the same process is the same
/// database (DuckDB shares it, with the settings in force); an in-memory database would be a new,
/// empty one, so that is read through the caller's connection, in turns.
/// </summary>
internal sealed class ReadingConnection : IDisposable
{
    private readonly DbConnection _connection;
    private readonly bool _shared;

    private ReadingConnection(DbConnection connection, bool shared)
    {
        _connection = connection;
        _shared = shared;
    }

    public static ReadingConnection Open(DbConnection warehouse)
    {
        if (string.IsNullOrEmpty(warehouse.DataSource) || warehouse.DataSource.StartsWith(":memory:", StringComparison.Ordinal)
            || DbProviderFactories.GetFactory(warehouse)?.CreateConnection() is not { } connection)
        {
            return new ReadingConnection(warehouse, shared: true);
        }

        try
        {
            connection.ConnectionString = warehouse.ConnectionString;
            connection.Open();
            return new ReadingConnection(connection, shared: false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public T Read<T>(Func<DbConnection, T> read)
    {
        if (!_shared)
        {
            return read(_connection);
        }

        lock (_connection)
        {
            return read(_connection);
        }
    }

    public void Dispose()
    {
        if (!_shared)
        {
            _connection.Dispose();
        }
    }
}
