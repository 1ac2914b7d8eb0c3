using DuckDB.NET.Data;
using Warehouse.Loading;

namespace Warehouse.Pipeline;

/// <summary>
/// The nightly job: scan the input folders, skip unchanged files (size + mtime, then hash),
/// extract new and changed ones, load them batch by batch, mark removed ones, log the run,
/// publish the new warehouse file (see <see cref="WarehouseFile"/> for why writes happen in a
/// copy), then write the workbooks. A bad file is logged in etl_document with its reason and
/// the run goes on; a failure of the warehouse itself throws and leaves the published file as it was.
/// </summary>
public sealed class NightlyRun(
    IReportExtractor extractor,
    IReferenceData reference,
    IWorkbookWriter? workbooks,
    TimeProvider clock,
    LoadBatchLimits? batchLimits = null) : INightlyRun
{
    private readonly LoadBatchLimits _batchLimits = batchLimits ?? LoadBatchLimits.Default;

    public Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        Task.Run(() => Execute(options, progress, cancellationToken), cancellationToken);

    public RunSummary Execute(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        RunSummary summary;
        using (var session = WarehouseFile.BeginWrite(options.DatabasePath))
        {
            var connection = session.Connection;
            new SchemaMigrator().Migrate(connection);
            var dimensions = new DimensionLoader();
            dimensions.LoadRegions(connection, reference.Regions);
            dimensions.LoadIndicators(connection, reference.Indicators);

            var runLog = new RunLog();
            var runId = runLog.Start(connection, Now());
            var (files, scanErrors) = new InputScanner().Scan(options.InputFolders);
            errors.AddRange(scanErrors);
            progress?.Report(new RunProgress("scan", files.Count, files.Count, null));

            var catalog = new SourceFileCatalog();
            var known = catalog.ReadAll(connection);
            var outcomes = new List<FileOutcome>();
            var toExtract = new List<ScannedFile>();
            foreach (var file in files)
            {
                var state = known.GetValueOrDefault(file.Path);
                var outcome = FirstLook(connection, catalog, file, state, runId);
                if (outcome is null)
                {
                    toExtract.Add(file);
                }
                else
                {
                    outcomes.Add(outcome);
                }
            }

            var factsLoaded = ExtractAndLoad(connection, catalog, toExtract, known, runId, outcomes, progress, cancellationToken);

            if (scanErrors.Count == 0)
            {
                foreach (var path in ChangeDetector.Removed(known.Values, files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal)))
                {
                    catalog.RecordRemoved(connection, path, runId);
                    outcomes.Add(new FileOutcome(path, null, FileOutcome.Removed));
                }
            }
            else
            {
                errors.Add("removed files were not looked for, because an input folder is missing");
            }

            errors.AddRange(outcomes.Where(outcome => outcome.Status == FileOutcome.Skipped).Select(outcome => $"{outcome.SourcePath}: {outcome.Reason}"));
            runLog.RecordFiles(connection, runId, outcomes);
            var counts = new RunCounts(
                files.Count,
                Count(outcomes, FileOutcome.New),
                Count(outcomes, FileOutcome.Changed),
                Count(outcomes, FileOutcome.Unchanged),
                Count(outcomes, FileOutcome.Skipped),
                Count(outcomes, FileOutcome.Removed),
                factsLoaded);
            runLog.Finish(connection, runId, Now(), "succeeded", counts, errors);
            session.Publish();
            summary = new RunSummary(runId, "succeeded", counts, errors, []);
        }

        return summary with { Workbooks = WriteWorkbooks(options, progress, errors, cancellationToken) };
    }

    /// <summary>Decides without extracting: an outcome for an unchanged or unreadable file, null when it must be extracted.</summary>
    private static FileOutcome? FirstLook(DuckDBConnection connection, SourceFileCatalog catalog, ScannedFile file, SourceFileState? state, long runId)
    {
        switch (ChangeDetector.Check(file, state))
        {
            case FirstCheck.UnchangedByStamp:
                return new FileOutcome(file.Path, state!.ContentHash, FileOutcome.Unchanged);
            case FirstCheck.HashToKnow:
                string hash;
                try
                {
                    hash = FileHasher.Hash(file.Path);
                }
                catch (IOException exception)
                {
                    return new FileOutcome(file.Path, null, FileOutcome.Skipped, $"cannot read: {exception.Message}");
                }
                catch (UnauthorizedAccessException exception)
                {
                    return new FileOutcome(file.Path, null, FileOutcome.Skipped, $"cannot read: {exception.Message}");
                }

                if (hash == state!.ContentHash && !state.Removed)
                {
                    catalog.RecordRestamped(connection, state, file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc), runId);
                    return new FileOutcome(file.Path, hash, FileOutcome.Unchanged);
                }

                return null;
            default:
                return null;
        }
    }

    private int ExtractAndLoad(
        DuckDBConnection connection,
        SourceFileCatalog catalog,
        IReadOnlyList<ScannedFile> toExtract,
        IReadOnlyDictionary<string, SourceFileState> known,
        long runId,
        List<FileOutcome> outcomes,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        var loader = new DocumentLoader();
        var batch = new List<FileToLoad>();
        var batchFacts = 0;
        var factsLoaded = 0;
        var done = 0;

        // Extraction is CPU-bound and independent per file, so it runs on every core; loading
        // stays on this thread, in input order.
        var extracted = toExtract
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(file => (File: file, Extraction: SafeExtract(file.Path)));

        foreach (var (file, extraction) in extracted)
        {
            progress?.Report(new RunProgress("load", ++done, toExtract.Count, file.Path));
            if (extraction.SkipReason is not null || extraction.ContentHash is null)
            {
                var reason = extraction.SkipReason ?? "no content hash";
                if (extraction.ContentHash is not null)
                {
                    catalog.RecordSkipped(connection, file.Path, extraction.ContentHash, file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc), runId);
                }

                outcomes.Add(new FileOutcome(file.Path, extraction.ContentHash, FileOutcome.Skipped, reason));
                continue;
            }

            var toLoad = new FileToLoad(file.Path, extraction.ContentHash, file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc), extraction.Reports);
            batch.Add(toLoad);
            batchFacts += toLoad.FactCount;
            if (batch.Count >= _batchLimits.Files || batchFacts >= _batchLimits.Facts)
            {
                factsLoaded += LoadBatch(connection, loader, batch, known, runId, outcomes);
                batch.Clear();
                batchFacts = 0;
            }
        }

        factsLoaded += LoadBatch(connection, loader, batch, known, runId, outcomes);
        return factsLoaded;
    }

    /// <summary>
    /// One transaction for the batch; if it fails, each file is retried alone so that one bad
    /// file is skipped with its reason and the others still load.
    /// </summary>
    private int LoadBatch(DuckDBConnection connection, DocumentLoader loader, IReadOnlyList<FileToLoad> batch,
        IReadOnlyDictionary<string, SourceFileState> known, long runId, List<FileOutcome> outcomes)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var replacing = batch.Where(file => known.ContainsKey(file.SourcePath)).Select(file => file.SourcePath).ToHashSet(StringComparer.Ordinal);
        try
        {
            var facts = loader.Load(connection, batch, replacing, runId, Now());
            outcomes.AddRange(batch.Select(file => Loaded(file, known)));
            return facts;
        }
        catch (DuckDBException) when (batch.Count > 1)
        {
            return batch.Sum(file => LoadBatch(connection, loader, [file], known, runId, outcomes));
        }
        catch (DuckDBException exception)
        {
            outcomes.Add(new FileOutcome(batch[0].SourcePath, batch[0].ContentHash, FileOutcome.Skipped, $"load failed: {exception.Message}"));
            return 0;
        }
    }

    private static FileOutcome Loaded(FileToLoad file, IReadOnlyDictionary<string, SourceFileState> known) =>
        new(file.SourcePath, file.ContentHash, known.ContainsKey(file.SourcePath) ? FileOutcome.Changed : FileOutcome.New,
            Reports: file.Reports.Count, Facts: file.FactCount);

    private FileExtraction SafeExtract(string path)
    {
        try
        {
            return extractor.Extract(path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return FileExtraction.Skipped($"extraction failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private IReadOnlyList<string> WriteWorkbooks(RunOptions options, IProgress<RunProgress>? progress, List<string> errors, CancellationToken cancellationToken)
    {
        if (options.OutputFolder is null || workbooks is null)
        {
            return [];
        }

        progress?.Report(new RunProgress("report", 0, 1, options.OutputFolder));
        try
        {
            var written = workbooks.Write(options.DatabasePath, options.OutputFolder, options.ReportYear, cancellationToken);
            progress?.Report(new RunProgress("report", 1, 1, options.OutputFolder));
            return written;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            errors.Add($"workbooks: {exception.Message}");
            return [];
        }
    }

    private static int Count(IEnumerable<FileOutcome> outcomes, string status) => outcomes.Count(outcome => outcome.Status == status);

    private DateTime Now() => ChangeDetector.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);
}
