using System.Data.Common;

namespace Warehouse.Cli.Sql;

/// <summary>Writes each result set of an ad-hoc query in one output format.</summary>
internal interface IResultWriter
{
    void Write(DbDataReader reader);

    /// <summary>Called once at the end with the rows changed by statements that returned no rows.</summary>
    void Finish(int recordsAffected, int resultSets);
}
