using System.Collections.Concurrent;
using System.Globalization;
using DuckDB.NET.Data;
using Warehouse.Loading;
using Warehouse.Regions;
using Warehouse.Reports;
using Warehouse.Sources;

namespace Warehouse.Pipeline;

/// <summary>
/// The nightly job: scan the input folders, skip unchanged files (size + mtime, then hash),
/// extract new and changed ones, load them batch by batch, mark removed ones, write the
/// workbooks, log the run, and publish the new warehouse file (see <see cref="WarehouseFile"/>
/// for why writes happen in a copy). A bad file is logged in etl_document with its reason and the
/// run goes on; a failure of the warehouse itself throws and leaves the published file as it was.
/// <para>
/// A run never reports a success it did not have. Files are marked removed only when every input
/// folder was read in full (a missing, empty or unreadable folder, such as an unmounted share,
/// says nothing about its files) and when they are not more than
/// <see cref="RunOptions.MaxRemovedShare"/> of the warehouse's documents; past that the run stops
/// before loading anything and is logged as failed. Anything else that goes wrong (an input
/// folder, the workbooks) makes the run partial. The workbooks are written from the run's copy
/// before it is published, so their outcome is in the run's own record, and a run killed while
/// writing them publishes nothing: the next one does it all again.
/// </para>
/// <para>
/// When a read-only look finds nothing new (every file as last seen, none gone, every folder read,
/// schema and reference data current), the warehouse is not copied nor written and the run leaves
/// no etl_run row: at national scale the copy alone would cost seconds every night. Only the
/// workbooks that are not current are written then (none, as a rule).
/// </para>
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
        var stages = new StageClock();
        var startedAt = Now();
        using var writerLock = WarehouseFile.Lock(options.DatabasePath, createIfMissing: true);

        // A quiet night is mostly three waits, on the file system (the scan), on the warehouse
        // (what it holds) and on the reference data it is compared with (the gazetteer takes a
        // quarter of a second to build): they run side by side, and the "scan" stage ends when all are done.
        var scanning = Task.Run(() => new InputScanner().Scan(options.InputFolders), cancellationToken);
        var referenceRead = Task.Run(() => reference.Regions, cancellationToken);
        using var current = OpenIfCurrent(options.DatabasePath, referenceRead);
        var scan = scanning.GetAwaiter().GetResult();
        progress?.Report(new RunProgress("scan", scan.Files.Count, scan.Files.Count, null));
        stages.End("scan");

        var nothingNew = current is not null && scan.Complete && scan.Skipped.Count == 0 && ChangeDetector.NoneChanged(scan.Files, current.Stamps);
        stages.End("look");
        if (!nothingNew)
        {
            current?.Dispose(); // the run works on a copy of its own
            return LoadAndPublish(writerLock, startedAt, options, scan, stages, progress, cancellationToken) with { Stages = stages.Times };
        }

        return WorkbooksOnly(current!.Connection, options, scan, stages, progress, cancellationToken) with { Stages = stages.Times };
    }

    /// <summary>
    /// The published warehouse open read-only, with the size and time stamp of every file it holds,
    /// when it has the current schema, views and reference data; null when there is none or it is
    /// not current (the run has something to do either way).
    /// </summary>
    private PublishedWarehouse? OpenIfCurrent(string databasePath, Task<IReadOnlyCollection<Region>> regions)
    {
        if (!File.Exists(databasePath))
        {
            return null;
        }

        var connection = WarehouseFile.OpenReadOnly(databasePath);
        PublishedWarehouse? current = null;
        try
        {
            current = SchemaMigrator.IsCurrent(connection) && DimensionLoader.AreCurrent(connection, regions.GetAwaiter().GetResult(), reference.Indicators)
                ? new PublishedWarehouse(connection, new SourceFileCatalog().ReadStamps(connection))
                : null;
            return current;
        }
        finally
        {
            if (current is null)
            {
                connection.Dispose();
            }
        }
    }

    private sealed record PublishedWarehouse(DuckDBConnection Connection, IReadOnlyDictionary<string, FileStamp> Stamps) : IDisposable
    {
        public void Dispose() => Connection.Dispose();
    }

    /// <summary>A run with nothing new: no copy, no etl_run row; workbooks that are not current are written from the published file.</summary>
    private RunSummary WorkbooksOnly(DuckDBConnection published, RunOptions options, InputScan scan, StageClock stages, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var written = WriteWorkbooks(published, options, problems, progress, cancellationToken);
        stages.End("report");
        var counts = RunCounts.None with { FilesSeen = scan.Files.Count, FilesUnchanged = scan.Files.Count };
        return new RunSummary(null, problems.Count == 0 ? RunStatus.NothingNew : RunStatus.Partial, counts, problems, written);
    }

    private RunSummary LoadAndPublish(
        WarehouseWriteLock writerLock,
        DateTime startedAt,
        RunOptions options,
        InputScan scan,
        StageClock stages,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var session = writerLock.BeginWrite();
        var connection = session.Connection;
        new SchemaMigrator().Migrate(connection);
        var dimensions = new DimensionLoader();
        dimensions.LoadRegions(connection, reference.Regions);
        dimensions.LoadIndicators(connection, reference.Indicators);

        var runLog = new RunLog();
        var runId = runLog.Start(connection, startedAt);
        var problems = new List<string>(scan.Problems);
        var catalog = new SourceFileCatalog();
        var known = catalog.ReadAll(connection);
        var outcomes = scan.Skipped.Select(link => new FileOutcome(link.Path, null, FileOutcome.Skipped, link.Reason)).ToList();
        var removed = FilesToRemove(connection, scan, known, options, problems);
        var factsLoaded = 0;
        if (removed is not null)
        {
            var toExtract = new List<ScannedFile>();
            // In the order of their paths, so that the same input is loaded the same way every time.
            foreach (var file in scan.Files.OrderBy(file => file.Path, StringComparer.Ordinal))
            {
                var outcome = FirstLook(connection, catalog, file, known.GetValueOrDefault(file.Path), runId);
                if (outcome is null)
                {
                    toExtract.Add(file);
                }
                else
                {
                    outcomes.Add(outcome);
                }
            }

            stages.End("prepare");
            factsLoaded = ExtractAndLoad(connection, catalog, toExtract, known, runId, outcomes, stages, progress, cancellationToken);
            foreach (var path in removed)
            {
                catalog.RecordRemoved(connection, path, runId);
                outcomes.Add(new FileOutcome(path, null, FileOutcome.Removed));
            }
        }

        runLog.RecordFiles(connection, runId, outcomes);
        var counts = new RunCounts(
            scan.Files.Count + scan.Skipped.Count,
            Count(outcomes, FileOutcome.New),
            Count(outcomes, FileOutcome.Changed),
            Count(outcomes, FileOutcome.Unchanged),
            Count(outcomes, FileOutcome.Skipped),
            Count(outcomes, FileOutcome.Removed),
            factsLoaded,
            outcomes.Where(outcome => outcome.Status is FileOutcome.New or FileOutcome.Changed).Sum(outcome => outcome.Reports));
        var skipped = outcomes.Where(outcome => outcome.Status == FileOutcome.Skipped).Select(outcome => $"{outcome.SourcePath}: {outcome.Reason}");

        // Logged before the workbooks, whose Overview names the run that made them; logged again if they fail.
        var status = removed is null || (scan.FoldersRead == 0 && problems.Count > 0) ? RunStatus.Failed
            : problems.Count > 0 ? RunStatus.Partial
            : RunStatus.Succeeded;
        runLog.Finish(connection, runId, Now(), status, counts, [.. problems, .. skipped]);
        var problemsBefore = problems.Count;
        var written = status == RunStatus.Failed ? [] : WriteWorkbooks(connection, options, problems, progress, cancellationToken);
        if (problems.Count > problemsBefore)
        {
            status = RunStatus.Partial;
            runLog.Finish(connection, runId, Now(), status, counts, [.. problems, .. skipped]);
        }

        stages.End("report");
        session.Publish();
        stages.End("publish");
        return new RunSummary(runId, status, counts, [.. problems, .. skipped], written);
    }

    /// <summary>
    /// The known files this run marks removed: none when an input folder was not read in full
    /// (the run goes on), null when they are more of the warehouse's documents than the run may
    /// remove (the run stops). The reason goes to <paramref name="problems"/>.
    /// </summary>
    private static IReadOnlyList<string>? FilesToRemove(DuckDBConnection connection, InputScan scan, IReadOnlyDictionary<string, SourceFileState> known,
        RunOptions options, List<string> problems)
    {
        var gone = ChangeDetector.Removed(known.Values, scan.Files.Select(file => file.Path).Concat(scan.Skipped.Select(link => link.Path)).ToHashSet(StringComparer.Ordinal));
        if (!scan.Complete)
        {
            if (gone.Count > 0)
            {
                problems.Add($"{gone.Count} known files not seen were not marked removed, because an input folder was not read in full");
            }

            return [];
        }

        if (gone.Count == 0)
        {
            return gone;
        }

        var documents = new SourceFileCatalog().LiveDocumentsByFile(connection);
        var total = documents.Values.Sum();
        var removing = gone.Sum(path => documents.GetValueOrDefault(path));
        if (total == 0 || (double)removing / total <= options.MaxRemovedShare)
        {
            return gone;
        }

        problems.Add(string.Create(CultureInfo.InvariantCulture,
            $"stopped: this run would mark {removing} of the warehouse's {total} documents removed ({(double)removing / total:P0}, from {gone.Count} files no longer in the input), " +
            $"more than the {options.MaxRemovedShare:P0} a run may remove; nothing was loaded or removed. If the files were taken away on purpose, run again with --allow-removals."));
        return null;
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
        StageClock stages,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        // Extraction is CPU-bound and independent per file, so it runs on every core; loading
        // stays on this thread, in input order. The files are handed out one at a time: given the
        // list itself, PLINQ splits it into one contiguous part per core, and as the results are
        // taken in input order, the worker on the second part stops once 8,192 results wait and
        // sleeps until the first part is loaded, then works alone (on 26,720 files each core sat
        // idle for a sixth of the extract stage; on 66,500, the model says two fifths).
        var extracted = Partitioner.Create(toExtract, EnumerablePartitionerOptions.NoBuffering)
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(file => (File: file, Extraction: SafeExtract(file.Path)));

        using var loader = new BatchLoader(connection, catalog, known, runId, _batchLimits, Now, SafeExtract);
        var done = 0;
        foreach (var (file, extraction) in extracted)
        {
            progress?.Report(new RunProgress("load", ++done, toExtract.Count, file.Path));
            loader.Add(file, extraction);
        }

        loader.Finish();
        outcomes.AddRange(loader.Outcomes);

        // Extraction runs on the other cores while this thread loads: what is not loading is waiting for extraction.
        stages.Split("extract", "load", loader.Elapsed);
        return loader.FactsLoaded;
    }

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

    /// <summary>The workbooks from the run's copy; every failure becomes a problem of the run.</summary>
    private IReadOnlyList<string> WriteWorkbooks(DuckDBConnection connection, RunOptions options, List<string> problems, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.OutputFolder is null || workbooks is null)
        {
            return [];
        }

        try
        {
            var workbookProgress = progress is null ? null : new WorkbookProgressAsRun(progress);
            return workbooks.Write(connection, options.OutputFolder, options.ReportYear, error => problems.Add($"workbooks: {error}"), workbookProgress, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problems.Add($"workbooks: {exception.Message}");
            return [];
        }
    }

    private sealed class WorkbookProgressAsRun(IProgress<RunProgress> run) : IProgress<WorkbookProgress>
    {
        public void Report(WorkbookProgress value) => run.Report(new RunProgress("report", value.Done, value.Due, value.Path));
    }

    private static int Count(IEnumerable<FileOutcome> outcomes, string status) => outcomes.Count(outcome => outcome.Status == status);

    private DateTime Now() => ChangeDetector.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);
}
