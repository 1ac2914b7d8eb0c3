using System.Data;
using System.Data.Common;

namespace Warehouse.DuckDb;

/// <summary>
/// A DuckDB transaction (BEGIN … COMMIT/ROLLBACK on the connection). Disposing without Commit
/// rolls back, as in every ADO.NET provider.
/// </summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private readonly DuckDbConnection _connection;
    private bool _completed;

    internal DuckDbTransaction(DuckDbConnection connection, IsolationLevel isolationLevel)
    {
        _connection = connection;
        IsolationLevel = isolationLevel;
    }

    public override IsolationLevel IsolationLevel { get; }

    protected override DbConnection DbConnection => _connection;

    public override void Commit() => Complete("COMMIT");

    public override void Rollback() => Complete("ROLLBACK");

    private void Complete(string statement)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        _completed = true;
        _connection.Transaction = null;
        _connection.ExecuteControlStatement(statement);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed && _connection.State == ConnectionState.Open)
        {
            Rollback();
        }

        base.Dispose(disposing);
    }
}
