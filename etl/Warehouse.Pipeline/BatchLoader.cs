using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Loading;
using Warehouse.Sources;
using Warehouse.Sql;

namespace Warehouse.Pipeline;

/// <summary>
/// The load stage: each extracted file, as it comes, is added to the open batch, one transaction
/// (<see cref="DocumentLoader"/>) committed when it reaches the <see cref="LoadBatchLimits"/>.
/// Its rows go straight to the warehouse; what is kept of a file until its batch commits is its
/// path and outcome. When a batch fails, it is rolled back and its files are extracted and loaded
/// again, all together and, while that fails, each half apart, down to the file that fails alone:
/// that one is skipped with the reason and the others still load. DuckDB runs on one thread
/// meanwhile (sql/loading/load_stage_settings.sql).
/// </summary>
public sealed class BatchLoader(
    DuckDBConnection connection,
    SourceFileCatalog catalog,
    IReadOnlyDictionary<string, SourceFileState> known,
    long runId,
    LoadBatchLimits limits,
    Func<DateTime> now,
    Func<string, FileExtraction> extract) : IDisposable
{
    private readonly List<FileOutcome> _outcomes = [];
    private readonly Stopwatch _clock = new();

    // The open batch: its transaction, its files, and what becomes of them once it commits.
    private readonly List<ScannedFile> _batchFiles = [];
    private readonly List<FileOutcome> _batchOutcomes = [];
    private readonly List<(ScannedFile File, string ContentHash)> _batchSkipped = [];
    private DocumentLoader? _batch;
    private int _batchFacts;
    private bool _settingsApplied;

    /// <summary>What happened to each file added so far, once its batch is committed.</summary>
    public IReadOnlyList<FileOutcome> Outcomes => _outcomes;

    public int FactsLoaded { get; private set; }

    /// <summary>Time spent loading (not waiting for extraction).</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public void Add(ScannedFile file, FileExtraction extraction)
    {
        _clock.Start();
        try
        {
            try
            {
                AddToBatch(file, extraction);
            }
            catch (DuckDBException)
            {
                LoadAgain(Discard());
                return;
            }

            if (_batchFiles.Count >= limits.Files || _batchFacts >= limits.Facts)
            {
                Commit();
            }
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>Commits the open batch.</summary>
    public void Finish()
    {
        _clock.Start();
        try
        {
            Commit();
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>Rolls back a batch not committed; DuckDB gets its threads back.</summary>
    public void Dispose()
    {
        _batch?.Dispose();
        if (_settingsApplied)
        {
            connection.Execute(SqlFiles.Get("loading/reset_load_stage_settings"));
        }
    }

    private void AddToBatch(ScannedFile file, FileExtraction extraction)
    {
        _batchFiles.Add(file);
        if (extraction.SkipReason is not null || extraction.ContentHash is null)
        {
            if (extraction.ContentHash is not null)
            {
                _batchSkipped.Add((file, extraction.ContentHash));
            }

            _batchOutcomes.Add(new FileOutcome(file.Path, extraction.ContentHash, FileOutcome.Skipped, extraction.SkipReason ?? "no content hash"));
            return;
        }

        var toLoad = new FileToLoad(file.Path, extraction.ContentHash, file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc), extraction.Reports, extraction.Note);
        var replacing = known.ContainsKey(file.Path);
        if (!_settingsApplied)
        {
            connection.Execute(SqlFiles.Get("loading/load_stage_settings"));
            _settingsApplied = true;
        }

        _batch ??= DocumentLoader.Begin(connection, runId, now());
        _batchFacts += _batch.Add(toLoad, replacing);
        _batchOutcomes.Add(new FileOutcome(file.Path, toLoad.ContentHash, replacing ? FileOutcome.Changed : FileOutcome.New,
            toLoad.Note, toLoad.Reports.Count, toLoad.FactCount));
    }

    private void Commit()
    {
        try
        {
            _batch?.Commit();
        }
        catch (DuckDBException)
        {
            LoadAgain(Discard());
            return;
        }

        Settle();
    }

    /// <summary>The committed batch's outcomes become final; its skipped files are remembered (in transactions of their own, so only now).</summary>
    private void Settle()
    {
        _batch?.Dispose();
        _batch = null;
        _outcomes.AddRange(_batchOutcomes);
        FactsLoaded += _batchFacts;
        foreach (var (file, contentHash) in _batchSkipped)
        {
            catalog.RecordSkipped(connection, file.Path, contentHash, file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc), runId);
        }

        Clear();
    }

    /// <summary>Rolls the failed batch back; returns its files.</summary>
    private List<ScannedFile> Discard()
    {
        var files = _batchFiles.ToList();
        _batch?.Dispose();
        _batch = null;
        Clear();
        return files;
    }

    private void Clear()
    {
        _batchFiles.Clear();
        _batchOutcomes.Clear();
        _batchSkipped.Clear();
        _batchFacts = 0;
    }

    /// <summary>Extracts the files of a failed batch again and loads them in one batch; when that fails, each half apart, down to single files, skipped with the reason.</summary>
    private void LoadAgain(List<ScannedFile> files)
    {
        FileExtraction? extraction = null;
        try
        {
            foreach (var (file, again) in files.AsParallel().AsOrdered().Select(file => (file, extract(file.Path))))
            {
                extraction = again;
                AddToBatch(file, again);
            }

            _batch?.Commit();
        }
        catch (DuckDBException exception)
        {
            Discard();
            if (files.Count == 1)
            {
                _outcomes.Add(new FileOutcome(files[0].Path, extraction?.ContentHash, FileOutcome.Skipped, $"load failed: {exception.Message}"));
                return;
            }

            var half = files.Count / 2;
            LoadAgain(files.GetRange(0, half));
            LoadAgain(files.GetRange(half, files.Count - half));
            return;
        }

        Settle();
    }
}
