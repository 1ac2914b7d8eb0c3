using System.Data.Common;
using System.Globalization;
using Dapper;
using Warehouse.Loading;
using Warehouse.Sql;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// The run summary as the warehouse keeps it (etl_run, etl_document: the one record of what a
/// run did), read through a read-only connection with the queries of sql/dashboard. This is the
/// dashboard's only access to the warehouse.
/// </summary>
public sealed class WarehouseRuns(string databasePath)
{
    public bool Exists => File.Exists(databasePath);

    /// <summary>The last 50 runs, newest first; none before the first run made the warehouse.</summary>
    public IReadOnlyList<RunEntry> Latest()
    {
        if (!Exists)
        {
            return [];
        }

        using DbConnection warehouse = WarehouseFile.OpenReadOnly(databasePath);
        return [.. Rows(warehouse, "dashboard/latest_runs", null).Select(ToRun)];
    }

    public (RunEntry Run, IReadOnlyList<SkippedFile> Skipped)? Find(long runId)
    {
        if (!Exists)
        {
            return null;
        }

        using DbConnection warehouse = WarehouseFile.OpenReadOnly(databasePath);
        var run = Rows(warehouse, "dashboard/run", runId).Select(ToRun).SingleOrDefault();
        if (run is null)
        {
            return null;
        }

        var skipped = Rows(warehouse, "dashboard/skipped_files", runId)
            .Select(r => new SkippedFile(Text(r["source_path"])!, Text(r["reason"])))
            .ToList();
        return (run, skipped);
    }

    private static IEnumerable<IDictionary<string, object>> Rows(DbConnection warehouse, string query, long? runId)
    {
        DynamicParameters? parameters = null;
        if (runId is not null)
        {
            // One by one: Dapper drops anonymous-object members it cannot see in the SQL, and it does not know DuckDB's $name.
            parameters = new DynamicParameters();
            parameters.Add("run_id", runId.Value);
        }

        return warehouse.Query(SqlFiles.Get(query), parameters).Cast<IDictionary<string, object>>().ToList();
    }

    private static RunEntry ToRun(IDictionary<string, object> r) => new(
        Convert.ToInt64(r["run_id"], CultureInfo.InvariantCulture),
        Moment(r["started_at"])!.Value,
        Moment(r["finished_at"]),
        Text(r["status"]) ?? "",
        new RunCounts(
            Count(r["files_seen"]), Count(r["files_new"]), Count(r["files_changed"]), Count(r["files_unchanged"]),
            Count(r["files_skipped"]), Count(r["files_removed"]), Count(r["facts_loaded"])),
        Text(r["errors"]));

    private static int Count(object? value) => value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static string? Text(object? value) => value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    /// <summary>etl_run's timestamps are UTC without a zone.</summary>
    private static DateTimeOffset? Moment(object? value) =>
        value is DateTime time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;
}

/// <summary>One run as etl_run records it; <see cref="Errors"/> is one message per line.</summary>
public sealed record RunEntry(long RunId, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Status, RunCounts Counts, string? Errors);

/// <summary>A file a run skipped (etl_document), with the reason.</summary>
public sealed record SkippedFile(string SourcePath, string? Reason);
