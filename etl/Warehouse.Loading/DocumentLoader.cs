using Dapper;
using DuckDB.NET.Data;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// Writes a batch of files into the warehouse in one transaction. Each file's previous documents
/// and facts are deleted (by source path → document ids) and its new ones appended, so a changed
/// file replaces its own facts and nothing else, and a failure leaves the batch's files as they
/// were. Facts go through the Appender: the fact tables carry no primary key, so uniqueness
/// comes from this delete-then-append inside one transaction.
/// </summary>
public sealed class DocumentLoader
{
    /// <summary>Loads the files; returns how many facts and rank claims were appended.</summary>
    /// <param name="files">The files with what was found in them.</param>
    /// <param name="replacing">Paths among them the warehouse already holds a version of (their old rows go first).</param>
    /// <param name="runId">The run loading them (etl_source_file remembers it).</param>
    /// <param name="loadedAt">The time stamped on the new documents.</param>
    public int Load(DuckDBConnection connection, IReadOnlyList<FileToLoad> files, ISet<string> replacing, long runId, DateTime loadedAt)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var file in files.Where(file => replacing.Contains(file.SourcePath)))
        {
            var key = new { source_path = file.SourcePath };
            connection.Execute(SqlFiles.Get("loading/delete_file_facts"), key, transaction);
            connection.Execute(SqlFiles.Get("loading/delete_file_rank_claims"), key, transaction);
            connection.Execute(SqlFiles.Get("loading/delete_file_documents"), key, transaction);
        }

        var reportCount = files.Sum(file => file.Reports.Count);
        var ids = connection.Query<long>(SqlFiles.Get("loading/next_document_ids"), new { count = reportCount }, transaction).ToList();
        var documents = files
            .SelectMany(file => file.Reports.Select(report => (File: file, Report: report)))
            .Select((item, index) => new LoadedDocument(ids[index], item.File, item.Report))
            .ToList();

        AppendDocuments(connection, documents, loadedAt);
        var facts = AppendFacts(connection, documents);

        RememberSourceFiles(connection, transaction, files, runId);
        transaction.Commit();
        return facts;
    }

    private static void RememberSourceFiles(DuckDBConnection connection, DuckDBTransaction transaction, IReadOnlyList<FileToLoad> files, long runId)
    {
        connection.Execute(SqlFiles.Get("loading/create_source_file_stage"), transaction: transaction);
        connection.Execute(SqlFiles.Get("loading/clear_source_file_stage"), transaction: transaction);
        using (var stage = connection.CreateAppender("stage_source_file"))
        {
            foreach (var file in files)
            {
                stage.CreateRow()
                    .AppendValue(file.SourcePath)
                    .AppendValue(file.ContentHash)
                    .AppendValue(file.SizeBytes)
                    .AppendValue(file.ModifiedAtUtc)
                    .AppendValue(runId)
                    .AppendValue("loaded")
                    .EndRow();
            }
        }

        connection.Execute(SqlFiles.Get("loading/merge_source_file_stage"), transaction: transaction);
    }

    private sealed record LoadedDocument(long DocumentId, FileToLoad File, ReportToLoad Report);

    private static void AppendDocuments(DuckDBConnection connection, IReadOnlyList<LoadedDocument> documents, DateTime loadedAt)
    {
        using var appender = connection.CreateAppender("dim_document");
        foreach (var (documentId, file, report) in documents)
        {
            appender.CreateRow()
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
                .AppendValue(loadedAt)
                .AppendNullValue()
                .AppendValue(report.RawStart)
                .AppendValue(report.Kind.Name())
                .EndRow();
        }
    }

    private static int AppendFacts(DuckDBConnection connection, IReadOnlyList<LoadedDocument> documents)
    {
        var appended = 0;
        using (var facts = connection.CreateAppender("fact_indicator"))
        {
            foreach (var document in documents)
            {
                foreach (var fact in document.Report.Facts.Where(fact => fact.Kind != FactKind.Rank))
                {
                    facts.CreateRow()
                        .AppendValue(document.DocumentId)
                        .AppendValue(document.Report.RegionCode)
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
            }
        }

        using (var claims = connection.CreateAppender("fact_rank_claim"))
        {
            foreach (var document in documents)
            {
                // A rank claim means nothing without its peer group, so one without a scope is not stored.
                foreach (var fact in document.Report.Facts.Where(fact => fact.Kind == FactKind.Rank && fact.Scope is not null))
                {
                    claims.CreateRow()
                        .AppendValue(document.DocumentId)
                        .AppendValue(document.Report.RegionCode)
                        .AppendValue(fact.Indicator)
                        .AppendValue(fact.Year)
                        .AppendValue(fact.Measure.WireName())
                        .AppendValue(fact.Scope!.Value.WireName())
                        .AppendValue((int)Math.Round(fact.Value))
                        .AppendValue(fact.Evidence)
                        .AppendValue(fact.RawStart)
                        .AppendValue(fact.RawEnd)
                        .AppendValue(fact.Confidence)
                        .EndRow();
                    appended++;
                }
            }
        }

        return appended;
    }
}
