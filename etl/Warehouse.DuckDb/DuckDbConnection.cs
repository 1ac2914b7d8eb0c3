using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Warehouse.DuckDb.Native;

namespace Warehouse.DuckDb;

/// <summary>
/// A connection to a DuckDB database file (or <c>:memory:</c>). Connection string:
/// <c>Data Source=path;Access Mode=ReadOnly;Threads=2;Memory Limit=1GB</c>; see
/// <see cref="DuckDbConnectionSettings"/>. Like other ADO.NET connections it is not thread-safe:
/// use one per thread; connections to the same file in one process share one database instance.
/// </summary>
public sealed class DuckDbConnection : DbConnection
{
    private string _connectionString;
    private DatabaseHandle? _database;
    private ConnectionHandle? _connection;
    private DuckDbDataReader? _openReader;

    public DuckDbConnection()
        : this("")
    {
    }

    public DuckDbConnection(string connectionString) => _connectionString = connectionString;

    [AllowNull]
    public override string ConnectionString
    {
        get => _connectionString;
        set
        {
            if (State != ConnectionState.Closed)
            {
                throw new InvalidOperationException("Close the connection before changing its connection string.");
            }

            _connectionString = value ?? "";
        }
    }

    public override string Database => "main";

    public override string DataSource => DuckDbConnectionSettings.Parse(_connectionString).DataSource;

    public override string ServerVersion => DuckDbVersion.Library;

    public override ConnectionState State => _connection is null ? ConnectionState.Closed : ConnectionState.Open;

    internal ConnectionHandle Handle =>
        _connection ?? throw new InvalidOperationException("The connection is not open; call Open() first.");

    internal DuckDbTransaction? Transaction { get; set; }

    public override void Open()
    {
        if (_connection is not null)
        {
            throw new InvalidOperationException("The connection is already open.");
        }

        var settings = DuckDbConnectionSettings.Parse(_connectionString);
        var database = DatabaseOpener.Open(settings);
        if (NativeMethods.Connect(database.DangerousGetHandle(), out var connection) != DuckDbState.Success)
        {
            database.Dispose();
            throw new DuckDbException($"Cannot connect to DuckDB database '{settings.DataSource}'.");
        }

        _database = database;
        _connection = new ConnectionHandle(connection);
    }

    public override void Close()
    {
        _openReader?.Close();
        _openReader = null;
        Transaction = null;
        _connection?.Dispose();
        _connection = null;
        _database?.Dispose();
        _database = null;
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB has one database per connection; use ATTACH and USE in SQL instead.");

    /// <summary>DuckDB transactions are snapshot isolated whatever level is asked for.</summary>
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => BeginTransaction(isolationLevel);

    public new DuckDbTransaction BeginTransaction() => BeginTransaction(IsolationLevel.Unspecified);

    public new DuckDbTransaction BeginTransaction(IsolationLevel isolationLevel)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already active on this connection; DuckDB does not nest transactions.");
        }

        ExecuteControlStatement("BEGIN TRANSACTION");
        Transaction = new DuckDbTransaction(this, isolationLevel);
        return Transaction;
    }

    public new DuckDbCommand CreateCommand() => new() { Connection = this };

    protected override DbCommand CreateDbCommand() => CreateCommand();

    /// <summary>A bulk loader for <paramref name="table"/> in the default schema.</summary>
    public DuckDbAppender CreateAppender(string table) => CreateAppender(null, table);

    /// <summary>A bulk loader for <paramref name="schema"/>.<paramref name="table"/>.</summary>
    public DuckDbAppender CreateAppender(string? schema, string table) => new(this, schema, table);

    /// <summary>Interrupts the query running on this connection (from another thread).</summary>
    internal void Interrupt()
    {
        if (_connection is not null)
        {
            NativeMethods.Interrupt(_connection.DangerousGetHandle());
        }
    }

    /// <summary>A streaming result holds the connection until it is closed; one at a time.</summary>
    internal void ThrowIfReaderOpen()
    {
        if (_openReader is { IsClosed: false })
        {
            throw new InvalidOperationException("This connection already has an open data reader; close it first.");
        }
    }

    internal void TrackReader(DuckDbDataReader reader) => _openReader = reader;

    internal void ExecuteControlStatement(string sql)
    {
        using var command = CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
