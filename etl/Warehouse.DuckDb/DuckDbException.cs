using System.Data.Common;

namespace Warehouse.DuckDb;

/// <summary>An error reported by DuckDB; the message is DuckDB's own.</summary>
public sealed class DuckDbException : DbException
{
    public DuckDbException(string message)
        : base(message)
    {
    }

    public DuckDbException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
