using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// Writes the analyst views as hive-partitioned Parquet (DIR/v_fact/year=2020/level=county/…),
/// for Spark, Trino or pandas, one folder per view; the statements are sql/export/*.sql.
/// </summary>
public sealed class ParquetExporter
{
    /// <summary>Exports every view; returns the folders written with their row counts.</summary>
    public IReadOnlyList<(string View, string Folder, long Rows)> Export(DuckDBConnection connection, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(string, string, long)>();
        foreach (var script in SqlFiles.In("export"))
        {
            var view = Path.GetFileName(script);
            var target = Path.GetFullPath(Path.Combine(folder, view));
            var rows = connection.Execute(SqlFiles.Get(script), new { target });
            written.Add((view, target, rows));
        }

        return written;
    }
}
