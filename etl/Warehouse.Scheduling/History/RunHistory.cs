using System.Globalization;
using System.Text.Json;
using Dapper;
using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Scheduling.History;

/// <summary>
/// Reads and writes the run history table (Sql/run_history.*.sql) with the statements in
/// Sql/queries.sql. Every value goes in as a parameter.
/// </summary>
public sealed class RunHistory(HistoryDatabase database, TimeProvider clock)
{
    private static readonly IReadOnlyDictionary<string, string> Queries = SqlScripts.Named("queries.sql");

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var script = SqlScripts.Read(database.IsPostgres ? "run_history.postgres.sql" : "run_history.sqlite.sql");
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(script, cancellationToken: cancellationToken));
    }

    public async Task StartAsync(string runId, string jobName, string node, string triggerKind, int attempt, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var now = Stamp(clock.GetUtcNow());
        await db.ExecuteAsync(new CommandDefinition(Queries["interrupt-others"], new
        {
            FinishedAt = now,
            Message = $"Superseded by run {runId}: the process running it stopped before it finished.",
            JobName = jobName,
            RunId = runId,
        }, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition(Queries["start"], new
        {
            RunId = runId,
            JobName = jobName,
            Node = node,
            TriggerKind = triggerKind,
            Attempt = (long)attempt,
            StartedAt = now,
        }, cancellationToken: cancellationToken));
    }

    public Task FinishAsync(string runId, RunSummary summary, CancellationToken cancellationToken) =>
        FinishAsync(runId, summary.Status, summary.Counts, summary.Errors, summary.Workbooks, null, cancellationToken);

    public async Task FinishAsync(
        string runId,
        string status,
        RunCounts counts,
        IReadOnlyList<string> errors,
        IReadOnlyList<string> workbooks,
        string? message,
        CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(Queries["finish"], new
        {
            RunId = runId,
            FinishedAt = Stamp(clock.GetUtcNow()),
            Status = status,
            FilesSeen = (long)counts.FilesSeen,
            FilesNew = (long)counts.FilesNew,
            FilesChanged = (long)counts.FilesChanged,
            FilesUnchanged = (long)counts.FilesUnchanged,
            FilesSkipped = (long)counts.FilesSkipped,
            FilesRemoved = (long)counts.FilesRemoved,
            FactsLoaded = (long)counts.FactsLoaded,
            Errors = JsonSerializer.Serialize(errors),
            Workbooks = JsonSerializer.Serialize(workbooks),
            Message = message,
        }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks this node's unfinished rows: on a single node, they died with the last process.</summary>
    public async Task InterruptNodeAsync(string node, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(Queries["interrupt-node"], new
        {
            FinishedAt = Stamp(clock.GetUtcNow()),
            Message = "The scheduler stopped before this run finished.",
            Node = node,
        }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<RunRecord>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<Row>(new CommandDefinition(Queries["latest"], new { Limit = (long)limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<RunRecord?> FindAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Queries["one"], new { RunId = runId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The table's row as Dapper reads it; SQLite and PostgreSQL both give 64-bit integers.</summary>
    private sealed class Row
    {
        public string run_id { get; set; } = "";
        public string job_name { get; set; } = "";
        public string node { get; set; } = "";
        public string trigger_kind { get; set; } = "";
        public long attempt { get; set; }
        public string started_at { get; set; } = "";
        public string? finished_at { get; set; }
        public string status { get; set; } = "";
        public long files_seen { get; set; }
        public long files_new { get; set; }
        public long files_changed { get; set; }
        public long files_unchanged { get; set; }
        public long files_skipped { get; set; }
        public long files_removed { get; set; }
        public long facts_loaded { get; set; }
        public string errors { get; set; } = "[]";
        public string workbooks { get; set; } = "[]";
        public string? message { get; set; }

        public RunRecord ToRecord() => new(
            run_id, job_name, node, trigger_kind, (int)attempt,
            Parse(started_at), finished_at is null ? null : Parse(finished_at), status,
            new RunCounts((int)files_seen, (int)files_new, (int)files_changed, (int)files_unchanged, (int)files_skipped, (int)files_removed, (int)facts_loaded),
            JsonSerializer.Deserialize<string[]>(errors) ?? [],
            JsonSerializer.Deserialize<string[]>(workbooks) ?? [],
            message);
    }
}
