namespace Warehouse.DuckDb.Native;

/// <summary>
/// The statements of one command text, split by DuckDB's own parser. Each statement is prepared
/// only when it is about to run, because a later statement may depend on what an earlier one
/// creates (CREATE TABLE t …; INSERT INTO t …).
/// </summary>
internal sealed class StatementBatch : IDisposable
{
    private readonly ConnectionHandle _connection;
    private readonly ExtractedStatementsHandle _extracted;
    private readonly PreparedStatementHandle?[] _prepared;

    private StatementBatch(ConnectionHandle connection, ExtractedStatementsHandle extracted, int count)
    {
        _connection = connection;
        _extracted = extracted;
        _prepared = new PreparedStatementHandle?[count];
    }

    public int Count => _prepared.Length;

    public static StatementBatch Parse(ConnectionHandle connection, string sql)
    {
        var count = NativeMethods.ExtractStatements(connection.DangerousGetHandle(), sql, out var pointer);
        var extracted = new ExtractedStatementsHandle(pointer);
        if (count == 0)
        {
            var error = Utf8.FromNative(NativeMethods.ExtractStatementsError(pointer));
            extracted.Dispose();
            throw new DuckDbException(error ?? "The command text contains no SQL statement.");
        }

        return new StatementBatch(connection, extracted, checked((int)count));
    }

    public PreparedStatementHandle Prepare(int index)
    {
        if (_prepared[index] is { } existing)
        {
            return existing;
        }

        var state = NativeMethods.PrepareExtractedStatement(
            _connection.DangerousGetHandle(), _extracted.DangerousGetHandle(), (ulong)index, out var pointer);
        var statement = new PreparedStatementHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var error = Utf8.FromNative(NativeMethods.PrepareError(pointer)) ?? "DuckDB could not prepare the statement.";
            statement.Dispose();
            throw new DuckDbException(error);
        }

        _prepared[index] = statement;
        return statement;
    }

    public void PrepareAll()
    {
        for (var i = 0; i < Count; i++)
        {
            Prepare(i);
        }
    }

    public void Dispose()
    {
        foreach (var statement in _prepared)
        {
            statement?.Dispose();
        }

        _extracted.Dispose();
    }
}
