using Dapper;
using DuckDB.NET.Data;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// Writes a batch of files into the warehouse in one transaction, file by file as they come:
/// <see cref="Begin"/>, <see cref="Add"/> each file, <see cref="Commit"/>; disposing an
/// uncommitted batch rolls it back, so a failure leaves the batch's files as they were. A file
/// the warehouse already holds has its previous documents and facts deleted (by source path →
/// document ids) before its new ones are appended, so a changed file replaces its own facts and
/// nothing else. Rows go straight into DuckDB's Appenders and are not kept here: the fact tables
/// carry no primary key, so uniqueness comes from this delete-then-append inside one
/// transaction, and DuckDB writes a batch's full row groups to the file while it grows
/// (sql/loading/writer_settings.sql), so a large batch holds little in memory.
/// </summary>
public sealed class DocumentLoader : IDisposable
{
    /// <summary>Document ids are taken from the sequence this many at a time (those left at the end are a gap, which ids may have).</summary>
    private const int DocumentIdsAtOnce = 1_024;

    private readonly DuckDBConnection _connection;
    private readonly DuckDBTransaction _transaction;
    private readonly long _runId;
    private readonly DateTime _loadedAt;
    private readonly DuckDBAppender _documents;
    private readonly DuckDBAppender _facts;
    private readonly DuckDBAppender _rankClaims;
    private readonly DuckDBAppender _sourceFiles;
    private readonly Queue<long> _documentIds = new();
    private bool _appendersClosed;
    private bool _committed;

    private DocumentLoader(DuckDBConnection connection, long runId, DateTime loadedAt)
    {
        _connection = connection;
        _runId = runId;
        _loadedAt = loadedAt;
        _transaction = connection.BeginTransaction();
        try
        {
            connection.Execute(SqlFiles.Get("loading/create_source_file_stage"), transaction: _transaction);
            connection.Execute(SqlFiles.Get("loading/clear_source_file_stage"), transaction: _transaction);
            _documents = connection.CreateAppender("dim_document");
            _facts = connection.CreateAppender("fact_indicator");
            _rankClaims = connection.CreateAppender("fact_rank_claim");
            _sourceFiles = connection.CreateAppender("stage_source_file");
        }
        catch
        {
            _transaction.Dispose();
            throw;
        }
    }

    /// <summary>Starts a batch: opens its transaction.</summary>
    /// <param name="runId">The run loading the files (etl_source_file remembers it).</param>
    /// <param name="loadedAt">The time stamped on the new documents.</param>
    public static DocumentLoader Begin(DuckDBConnection connection, long runId, DateTime loadedAt) => new(connection, runId, loadedAt);

    /// <summary>Loads the files in one batch; returns how many facts and rank claims were appended.</summary>
    /// <param name="replacing">Paths among them the warehouse already holds a version of (their old rows go first).</param>
    public static int Load(DuckDBConnection connection, IEnumerable<FileToLoad> files, ISet<string> replacing, long runId, DateTime loadedAt)
    {
        using var batch = Begin(connection, runId, loadedAt);
        var appended = files.Sum(file => batch.Add(file, replacing.Contains(file.SourcePath)));
        batch.Commit();
        return appended;
    }

    /// <summary>Adds one file to the batch; returns how many facts and rank claims it appended.</summary>
    /// <param name="replacing">Whether the warehouse already holds a version of the file (its old rows go first).</param>
    public int Add(FileToLoad file, bool replacing)
    {
        ObjectDisposedException.ThrowIf(_appendersClosed, this);
        if (replacing)
        {
            var key = new { source_path = file.SourcePath };
            _connection.Execute(SqlFiles.Get("loading/delete_file_facts"), key, _transaction);
            _connection.Execute(SqlFiles.Get("loading/delete_file_rank_claims"), key, _transaction);
            _connection.Execute(SqlFiles.Get("loading/delete_file_documents"), key, _transaction);
        }

        var appended = 0;
        foreach (var report in file.Reports)
        {
            var documentId = NextDocumentId();
            AppendDocument(documentId, file, report);
            appended += AppendFacts(documentId, report);
        }

        _sourceFiles.CreateRow()
            .AppendValue(file.SourcePath)
            .AppendValue(file.ContentHash)
            .AppendValue(file.SizeBytes)
            .AppendValue(file.ModifiedAtUtc)
            .AppendValue(_runId)
            .AppendValue("loaded")
            .EndRow();
        return appended;
    }

    /// <summary>Writes the batch's last rows, remembers its files in etl_source_file and commits.</summary>
    public void Commit()
    {
        CloseAppenders();
        _connection.Execute(SqlFiles.Get("loading/merge_source_file_stage"), transaction: _transaction);
        _transaction.Commit();
        _committed = true;
    }

    /// <summary>Rolls the batch back unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                CloseAppenders();
            }
            catch (DuckDBException)
            {
                // The batch failed already (that failure is what the caller handles); it is rolled back below.
            }
        }

        _transaction.Dispose();
    }

    private void CloseAppenders()
    {
        if (_appendersClosed)
        {
            return;
        }

        _appendersClosed = true;
        DuckDBException? failure = null;
        foreach (var appender in new[] { _documents, _facts, _rankClaims, _sourceFiles })
        {
            try
            {
                appender.Dispose();
            }
            catch (DuckDBException exception)
            {
                failure ??= exception;
            }
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    private long NextDocumentId()
    {
        if (_documentIds.Count == 0)
        {
            foreach (var id in _connection.Query<long>(SqlFiles.Get("loading/next_document_ids"), new { count = DocumentIdsAtOnce }, _transaction))
            {
                _documentIds.Enqueue(id);
            }
        }

        return _documentIds.Dequeue();
    }

    private void AppendDocument(long documentId, FileToLoad file, ReportToLoad report) =>
        _documents.CreateRow()
            .AppendValue(documentId)
            .AppendValue(file.ContentHash)
            .AppendValue(file.SourcePath)
            .AppendValue(report.IndexInFile)
            .AppendValue(report.Title)
            .AppendValue(report.RegionCode)
            .AppendValue(report.RegionName)
            .AppendValue(report.ReportYear)
            .AppendValue(report.ReviewYear)
            .AppendValue(report.MeetingDate)
            .AppendValue(report.NegativeReason)
            .AppendValue(report.Warnings)
            .AppendValue(_loadedAt)
            .AppendNullValue()
            .AppendValue(report.RawStart)
            .AppendValue(report.Kind.Name())
            .EndRow();

    private int AppendFacts(long documentId, ReportToLoad report)
    {
        var appended = 0;
        foreach (var fact in report.Facts)
        {
            if (fact.Kind != FactKind.Rank)
            {
                _facts.CreateRow()
                    .AppendValue(documentId)
                    .AppendValue(report.RegionCode)
                    .AppendValue(fact.Indicator)
                    .AppendValue(fact.Kind.WireName())
                    .AppendValue(fact.Year)
                    .AppendValue(fact.Measure.WireName())
                    .AppendValue(fact.Value)
                    .AppendValue(fact.ValueHigh)
                    .AppendValue(fact.Unit)
                    .AppendValue(fact.Qualifier.WireName())
                    .AppendValue(fact.Estimate)
                    .AppendValue(fact.PeriodStart)
                    .AppendValue(fact.Evidence)
                    .AppendValue(fact.RawStart)
                    .AppendValue(fact.RawEnd)
                    .AppendValue(fact.Confidence)
                    .EndRow();
                appended++;
            }
            else if (fact.Scope is { } scope)
            {
                // A rank claim means nothing without its peer group, so one without a scope is not stored.
                _rankClaims.CreateRow()
                    .AppendValue(documentId)
                    .AppendValue(report.RegionCode)
                    .AppendValue(fact.Indicator)
                    .AppendValue(fact.Year)
                    .AppendValue(fact.Measure.WireName())
                    .AppendValue(scope.WireName())
                    .AppendValue((int)Math.Round(fact.Value))
                    .AppendValue(fact.Evidence)
                    .AppendValue(fact.RawStart)
                    .AppendValue(fact.RawEnd)
                    .AppendValue(fact.Confidence)
                    .EndRow();
                appended++;
            }
        }

        return appended;
    }
}
