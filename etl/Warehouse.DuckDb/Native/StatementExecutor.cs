namespace Warehouse.DuckDb.Native;

/// <summary>
/// Runs one prepared statement. Queries run as streaming results, so a reader over a huge result
/// holds one data chunk at a time; other statements (INSERT, CREATE…) run materialized, which is
/// what makes their changed-row counts available.
/// </summary>
internal static unsafe class StatementExecutor
{
    private const int SelectStatement = 1;
    private const int ExplainStatement = 4;
    private const int PragmaStatement = 17;
    private const int CallStatement = 19;

    public static ResultHandle Execute(PreparedStatementHandle statement)
    {
        var pointer = statement.DangerousGetHandle();
        var result = new ResultHandle();
        try
        {
            if (IsQuery(NativeMethods.PreparedStatementType(pointer)))
            {
                ExecuteStreaming(pointer, result);
            }
            else if (NativeMethods.ExecutePrepared(pointer, result.Pointer) != DuckDbState.Success)
            {
                throw new DuckDbException(Utf8.FromNative(NativeMethods.ResultError(result.Pointer)) ?? "DuckDB could not run the statement.");
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static bool IsQuery(int statementType) =>
        statementType is SelectStatement or ExplainStatement or PragmaStatement or CallStatement;

    private static void ExecuteStreaming(nint statement, ResultHandle result)
    {
        // duckdb_pending_prepared_streaming is marked for removal in a future DuckDB release, but
        // in 1.5 it is the C API's only way to get a streaming (not materialized) result.
        var state = NativeMethods.PendingPreparedStreaming(statement, out var pending);
        try
        {
            if (state != DuckDbState.Success)
            {
                throw new DuckDbException(Utf8.FromNative(NativeMethods.PendingError(pending)) ?? "DuckDB could not start the query.");
            }

            if (NativeMethods.ExecutePending(pending, result.Pointer) != DuckDbState.Success)
            {
                throw new DuckDbException(Utf8.FromNative(NativeMethods.ResultError(result.Pointer)) ?? "DuckDB could not run the query.");
            }
        }
        finally
        {
            NativeMethods.DestroyPending(ref pending);
        }
    }
}
