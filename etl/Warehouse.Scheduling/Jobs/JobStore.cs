using System.Text;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Npgsql;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.Jobs;

/// <summary>
/// Hangfire's storage as the settings choose it: a SQLite file next to the warehouse (one node),
/// or a PostgreSQL schema that several nodes share. It also answers whether the store is
/// usable right now: for SQLite the file must still be there and be a SQLite file (a process
/// keeps working on a deleted file's open handle and would lose everything at its next start),
/// for both a query through Hangfire must succeed and this process's server must be registered.
/// </summary>
public sealed class JobStore
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private readonly string? _sqliteFile;

    private JobStore(JobStorage storage, string? sqliteFile, string description)
    {
        Storage = storage;
        _sqliteFile = sqliteFile;
        Description = description;
    }

    public JobStorage Storage { get; }

    /// <summary>Where the store is, for people: a path, or host/database/schema (never a password).</summary>
    public string Description { get; }

    /// <summary>Whether the SQLite file was created by this start (a first start, or a store that was lost).</summary>
    public bool CreatedNow { get; private init; }

    public static JobStore Open(SchedulerSettings settings)
    {
        var store = settings.JobStore;
        var poll = TimeSpan.FromSeconds(settings.PollIntervalSeconds);
        var invisibility = TimeSpan.FromSeconds(store.InvisibilityTimeoutSeconds);
        if (store.Provider.Equals(JobStoreSettings.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = store.Schema,
                QueuePollInterval = poll,
                // Wake up at once when another node enqueues (LISTEN/NOTIFY) instead of at the next poll.
                EnableLongPolling = true,
                InvisibilityTimeout = invisibility,
                // A live run renews its claim, so a short timeout does not start a long run twice.
                UseSlidingInvisibilityTimeout = true,
                DistributedLockTimeout = TimeSpan.FromSeconds(store.LockTimeoutSeconds),
                PrepareSchemaIfNecessary = true,
                // Short timeouts are for rehearsals and tests; the defaults are well above Hangfire's minimums.
                AllowUnsafeValues = true,
            };
            var where = new NpgsqlConnectionStringBuilder(store.ConnectionString);
            return new JobStore(
                new PostgreSqlStorage(new NpgsqlConnectionFactory(store.ConnectionString!, options), options),
                null,
                $"PostgreSQL {where.Host}:{where.Port}/{where.Database}, schema {store.Schema}");
        }

        var file = Path.GetFullPath(store.Path ?? DefaultSqlitePath(settings.Database));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var createdNow = !File.Exists(file);
        var sqlite = new SQLiteStorage(file, new SQLiteStorageOptions
        {
            QueuePollInterval = poll,
            InvisibilityTimeout = invisibility,
        });
        return new JobStore(sqlite, file, $"SQLite {file}") { CreatedNow = createdNow };
    }

    /// <summary>warehouse.duckdb → warehouse.jobs.sqlite, in the same folder.</summary>
    public static string DefaultSqlitePath(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".jobs.sqlite");
    }

    /// <summary>Hangfire's id of this process's server starts with this (see BackgroundServerProcess).</summary>
    public static string ServerIdPrefix(string serverName) =>
        $"{serverName.ToLowerInvariant()}:{Environment.ProcessId}:";

    public JobStoreHealth Check(string serverName)
    {
        if (_sqliteFile is not null && ProblemWithFile(_sqliteFile) is { } problem)
        {
            return new JobStoreHealth(false, problem);
        }

        try
        {
            var monitoring = Storage.GetMonitoringApi();
            var prefix = ServerIdPrefix(serverName);
            return monitoring.Servers().Any(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
                ? new JobStoreHealth(true, Description)
                : new JobStoreHealth(false, $"{Description}: this node's server ({serverName}) is not registered in the store.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new JobStoreHealth(false, $"{Description} cannot be read: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? ProblemWithFile(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[SqliteHeader.Length];
            stream.ReadExactly(header);
            return header.AsSpan().SequenceEqual(SqliteHeader) ? null : $"The job store {file} is not a SQLite file.";
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"The job store {file} is missing (deleted while the scheduler runs?): nothing it records now survives a restart. Restore it, or restart to begin a new, empty one.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"The job store {file} cannot be read: {e.Message}";
        }
    }
}

/// <summary>Whether the job store is usable, and what to tell the operator.</summary>
public sealed record JobStoreHealth(bool Healthy, string Message);
