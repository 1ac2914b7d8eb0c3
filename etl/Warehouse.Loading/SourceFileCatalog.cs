using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// The warehouse's memory of source files: read once at the start of a run, and updated for
/// files that were skipped or removed (loaded files are updated by <see cref="DocumentLoader"/>
/// in their own transaction).
/// </summary>
public sealed class SourceFileCatalog
{
    public IReadOnlyDictionary<string, SourceFileState> ReadAll(DuckDBConnection connection) =>
        connection.Query<SourceFileState>(SqlFiles.Get("loading/select_source_files"))
            .ToDictionary(state => state.SourcePath, StringComparer.Ordinal);

    /// <summary>
    /// The size and time stamp of every file not marked removed, by path: the look whether a run has
    /// anything to do reads only these (at national scale, 66,500 rows every night).
    /// </summary>
    public IReadOnlyDictionary<string, FileStamp> ReadStamps(DuckDBConnection connection) =>
        connection.Query<(string SourcePath, long SizeBytes, DateTime ModifiedAt)>(SqlFiles.Get("loading/select_source_file_stamps"), buffered: false)
            .ToDictionary(row => row.SourcePath, row => new FileStamp(row.SizeBytes, row.ModifiedAt), StringComparer.Ordinal);

    /// <summary>How many documents each source file has in the views now (a file absent has none).</summary>
    public IReadOnlyDictionary<string, long> LiveDocumentsByFile(DuckDBConnection connection) =>
        connection.Query<(string SourcePath, long Documents)>(SqlFiles.Get("loading/count_live_documents_by_file"))
            .ToDictionary(row => row.SourcePath, row => row.Documents, StringComparer.Ordinal);

    /// <summary>
    /// A file that could not be loaded: remembered with its hash so that it is not retried until
    /// it changes, and any documents of an earlier good version leave the views (marked removed):
    /// their text no longer exists.
    /// </summary>
    public void RecordSkipped(DuckDBConnection connection, string sourcePath, string contentHash, long sizeBytes, DateTime modifiedAtUtc, long runId)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlFiles.Get("loading/mark_documents_removed"), new { source_path = sourcePath }, transaction);
        connection.Execute(SqlFiles.Get("loading/upsert_source_file"), new
        {
            source_path = sourcePath,
            content_hash = contentHash,
            size_bytes = sizeBytes,
            modified_at = modifiedAtUtc,
            run_id = runId,
            status = "skipped",
        }, transaction);
        transaction.Commit();
    }

    /// <summary>
    /// A file whose bytes did not change but whose size or time stamp did (touched, copied):
    /// remember the new stamp so the next run skips it without hashing.
    /// </summary>
    public void RecordRestamped(DuckDBConnection connection, SourceFileState state, long sizeBytes, DateTime modifiedAtUtc, long runId) =>
        connection.Execute(SqlFiles.Get("loading/upsert_source_file"), new
        {
            source_path = state.SourcePath,
            content_hash = state.ContentHash,
            size_bytes = sizeBytes,
            modified_at = modifiedAtUtc,
            run_id = runId,
            status = state.Status,
        });

    /// <summary>A file gone from the input: marked, with its documents, never silently kept.</summary>
    public void RecordRemoved(DuckDBConnection connection, string sourcePath, long runId)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlFiles.Get("loading/mark_documents_removed"), new { source_path = sourcePath }, transaction);
        connection.Execute(SqlFiles.Get("loading/mark_file_removed"), new { source_path = sourcePath, run_id = runId }, transaction);
        transaction.Commit();
    }
}
