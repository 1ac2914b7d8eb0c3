using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.History;

/// <summary>Opens connections to the job store's database, whichever provider it is.</summary>
public sealed class HistoryDatabase(JobStoreConnection connection)
{
    public bool IsPostgres => connection.IsPostgres;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection db = connection.IsPostgres
            ? new NpgsqlConnection(connection.ConnectionString)
            : new SqliteConnection(connection.ConnectionString);
        await db.OpenAsync(cancellationToken);
        return db;
    }
}

/// <summary>The job store's provider and connection string, with the SQLite default filled in.</summary>
public sealed record JobStoreConnection(bool IsPostgres, string ConnectionString)
{
    public static JobStoreConnection From(SchedulerSettings settings)
    {
        var isPostgres = settings.JobStore.Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (isPostgres)
        {
            return new JobStoreConnection(true, settings.JobStore.ConnectionString!);
        }

        if (!string.IsNullOrWhiteSpace(settings.JobStore.ConnectionString))
        {
            return new JobStoreConnection(false, settings.JobStore.ConnectionString);
        }

        return new JobStoreConnection(false, new SqliteConnectionStringBuilder
        {
            DataSource = DefaultSqlitePath(settings.Database),
            // Quartz and the run history write the same file; wait for a lock instead of failing.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString());
    }

    /// <summary>warehouse.duckdb → warehouse.scheduler.sqlite, in the same folder.</summary>
    public static string DefaultSqlitePath(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".scheduler.sqlite");
    }
}
