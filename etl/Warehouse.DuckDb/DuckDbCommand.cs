using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Warehouse.DuckDb.Native;

namespace Warehouse.DuckDb;

/// <summary>
/// SQL to run on a <see cref="DuckDbConnection"/>: one statement or several separated by
/// semicolons, with parameters (<c>$name</c>, <c>$1</c>, <c>?</c>). <see cref="Prepare"/> keeps
/// the prepared statements for repeated executions with new parameter values.
/// </summary>
public sealed class DuckDbCommand : DbCommand
{
    private string _commandText = "";
    private DuckDbConnection? _connection;
    private StatementBatch? _prepared;

    public DuckDbCommand()
    {
    }

    public DuckDbCommand(string commandText, DuckDbConnection? connection = null)
    {
        _commandText = commandText;
        _connection = connection;
    }

    [AllowNull]
    public override string CommandText
    {
        get => _commandText;
        set
        {
            ReleasePrepared();
            _commandText = value ?? "";
        }
    }

    public override int CommandTimeout { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB commands are SQL text only.");
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDbParameterCollection Parameters { get; } = new();

    protected override DbParameterCollection DbParameterCollection => Parameters;

    public new DuckDbConnection? Connection
    {
        get => _connection;
        set
        {
            ReleasePrepared();
            _connection = value;
        }
    }

    protected override DbConnection? DbConnection
    {
        get => Connection;
        set => Connection = value as DuckDbConnection
            ?? (value is null ? null : throw new ArgumentException("A DuckDbCommand needs a DuckDbConnection."));
    }

    /// <summary>DuckDB runs transactions per connection; this is kept for ADO.NET callers.</summary>
    protected override DbTransaction? DbTransaction { get; set; }

    public new DuckDbParameter CreateParameter() => new();

    protected override DbParameter CreateDbParameter() => CreateParameter();

    public override void Cancel() => _connection?.Interrupt();

    public override void Prepare()
    {
        ReleasePrepared();
        var batch = StatementBatch.Parse(OpenConnection.Handle, _commandText);
        try
        {
            batch.PrepareAll();
        }
        catch
        {
            batch.Dispose();
            throw;
        }

        _prepared = batch;
    }

    public override int ExecuteNonQuery()
    {
        using var reader = ExecuteReader();
        while (reader.NextResult())
        {
        }

        return reader.RecordsAffected;
    }

    public override object? ExecuteScalar()
    {
        using var reader = ExecuteReader();
        return reader.Read() ? reader.GetValue(0) : null;
    }

    public new DuckDbDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    public new DuckDbDataReader ExecuteReader(CommandBehavior behavior)
    {
        var connection = OpenConnection;
        connection.ThrowIfReaderOpen();
        var ownsBatch = _prepared is null;
        var batch = _prepared ?? StatementBatch.Parse(connection.Handle, _commandText);
        try
        {
            var reader = new DuckDbDataReader(connection, batch, ownsBatch, Parameters.Items, behavior);
            connection.TrackReader(reader);
            return reader;
        }
        catch when (ownsBatch)
        {
            batch.Dispose();
            throw;
        }
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    private DuckDbConnection OpenConnection =>
        _connection is { State: ConnectionState.Open } connection
            ? connection
            : throw new InvalidOperationException("The command needs an open DuckDbConnection.");

    private void ReleasePrepared()
    {
        _prepared?.Dispose();
        _prepared = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReleasePrepared();
        }

        base.Dispose(disposing);
    }
}
