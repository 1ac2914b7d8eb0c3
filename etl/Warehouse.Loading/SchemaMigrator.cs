using System.Data.Common;
using System.Globalization;
using Dapper;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// Brings a warehouse file to the current schema. sql/schema/NNN_*.sql are numbered migrations:
/// each runs once, in order, and is recorded in schema_version, so upgrading a file keeps its
/// data (a later script adds with ALTER … ADD COLUMN IF NOT EXISTS, never recreates).
/// sql/views/*.sql only hold CREATE OR REPLACE VIEW and are re-applied every time, so a view fix
/// reaches old files too. All of it in one transaction: a failed upgrade leaves the file as it was.
/// </summary>
public sealed class SchemaMigrator
{
    /// <summary>Applies what is missing; returns the schema scripts it ran (empty when up to date).</summary>
    /// <param name="upToVersion">Stop after this schema version (to build an old file in upgrade tests); null for all.</param>
    public IReadOnlyList<string> Migrate(DbConnection connection, int? upToVersion = null)
    {
        using var transaction = connection.BeginTransaction();
        var hasSchema = connection.ExecuteScalar<long>(SqlFiles.Get("loading/select_schema_version_table"), transaction: transaction) > 0;
        var current = hasSchema
            ? connection.ExecuteScalar<int>(SqlFiles.Get("loading/select_schema_version"), transaction: transaction)
            : 0;

        var applied = new List<string>();
        foreach (var script in SqlFiles.In("schema"))
        {
            var version = VersionOf(script);
            if (version <= current || version > (upToVersion ?? int.MaxValue))
            {
                continue;
            }

            connection.Execute(SqlFiles.Get(script), transaction: transaction);
            connection.Execute(SqlFiles.Get("loading/insert_schema_version"), new { version, script = Path.GetFileName(script) + ".sql" }, transaction);
            applied.Add(script);
        }

        // The views are written against the latest schema; a file built only up to an older version gets none.
        if (upToVersion is null || upToVersion >= LatestVersion)
        {
            foreach (var view in SqlFiles.In("views"))
            {
                connection.Execute(SqlFiles.Get(view), transaction: transaction);
            }
        }

        transaction.Commit();
        return applied;
    }

    /// <summary>The highest schema version this build knows.</summary>
    public static int LatestVersion => SqlFiles.In("schema").Max(VersionOf);

    private static int VersionOf(string script)
    {
        var name = Path.GetFileName(script);
        var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0
            ? int.Parse(digits, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Schema script {name} must start with its version number (NNN_name.sql).");
    }
}
