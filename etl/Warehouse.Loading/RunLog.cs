using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// The run log: etl_run (one row per run, with its counts) and etl_document (one row per file a
/// run did something with; an unchanged file is counted in etl_run, not listed).
/// </summary>
public sealed class RunLog
{
    public long Start(DuckDBConnection connection, DateTime startedAtUtc) =>
        connection.ExecuteScalar<long>(SqlFiles.Get("loading/insert_run"), new { started_at = startedAtUtc });

    public void RecordFiles(DuckDBConnection connection, long runId, IEnumerable<FileOutcome> outcomes)
    {
        using var appender = connection.CreateAppender("etl_document");
        foreach (var outcome in outcomes.Where(outcome => outcome.Status != FileOutcome.Unchanged))
        {
            appender.CreateRow()
                .AppendValue(runId)
                .AppendValue(outcome.SourcePath)
                .AppendValue(outcome.ContentHash)
                .AppendValue(outcome.Status)
                .AppendValue(outcome.Reason)
                .AppendValue(outcome.Reports)
                .AppendValue(outcome.Facts)
                .EndRow();
        }
    }

    public void Finish(DuckDBConnection connection, long runId, DateTime finishedAtUtc, string status, RunCounts counts, IReadOnlyList<string> errors) =>
        connection.Execute(SqlFiles.Get("loading/finish_run"), new
        {
            run_id = runId,
            finished_at = finishedAtUtc,
            status,
            files_seen = counts.FilesSeen,
            files_new = counts.FilesNew,
            files_changed = counts.FilesChanged,
            files_unchanged = counts.FilesUnchanged,
            files_skipped = counts.FilesSkipped,
            files_removed = counts.FilesRemoved,
            facts_loaded = counts.FactsLoaded,
            errors = errors.Count == 0 ? null : string.Join('\n', errors),
        });
}
