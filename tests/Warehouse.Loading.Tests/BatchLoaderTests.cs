using Dapper;
using Warehouse.Extraction;
using Warehouse.Pipeline;
using Warehouse.Sources;
using static Warehouse.Loading.Tests.SyntheticFacts;

namespace Warehouse.Loading.Tests;

/// <summary>
/// The load stage's batches: files are streamed into one transaction per batch, and a file the
/// warehouse refuses (here a fact without evidence, which the schema does not allow) costs only
/// itself, wherever it is in its batch.
/// </summary>
public sealed class BatchLoaderTests
{
    private static readonly DateTime Stamp = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(6)]
    public void A_file_the_warehouse_refuses_is_skipped_with_the_reason_and_the_rest_of_its_batch_loads(int bad)
    {
        using var warehouse = new MemoryWarehouse();
        var files = Enumerable.Range(0, 7).Select(index => Good(index, value: index)).ToList();
        files[bad] = Refused(bad);

        var loader = Run(warehouse, files, new Dictionary<string, SourceFileState>(), new LoadBatchLimits(Files: 100, Facts: 1_000));

        var refused = Assert.Single(loader.Outcomes, outcome => outcome.Status == FileOutcome.Skipped);
        Assert.Equal(files[bad].SourcePath, refused.SourcePath);
        Assert.StartsWith("load failed: ", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("evidence", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(6, loader.Outcomes.Count(outcome => outcome.Status == FileOutcome.New));
        Assert.Equal(6, loader.FactsLoaded);
        Assert.Equal(
            files.Where((_, index) => index != bad).Select(file => file.SourcePath).Order(StringComparer.Ordinal),
            warehouse.Query<string>("SELECT source_path FROM dim_document ORDER BY source_path"));
        Assert.Equal(6L, warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_indicator"));
        Assert.Equal(6L, warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM etl_source_file"));
    }

    [Fact]
    public void A_changed_file_the_warehouse_refuses_keeps_its_previous_facts_and_the_others_are_replaced()
    {
        using var warehouse = new MemoryWarehouse();
        var before = Enumerable.Range(0, 5).Select(index => Good(index, value: 1)).ToList();
        Run(warehouse, before, new Dictionary<string, SourceFileState>(), new LoadBatchLimits(Files: 100, Facts: 1_000));
        var known = new SourceFileCatalog().ReadAll(warehouse.Connection);
        var after = Enumerable.Range(0, 5).Select(index => index == 2 ? Refused(index) : Good(index, value: 2)).ToList();

        var loader = Run(warehouse, after, known, new LoadBatchLimits(Files: 100, Facts: 1_000));

        Assert.Equal(4, loader.Outcomes.Count(outcome => outcome.Status == FileOutcome.Changed));
        Assert.Equal(after[2].SourcePath, Assert.Single(loader.Outcomes, outcome => outcome.Status == FileOutcome.Skipped).SourcePath);
        Assert.Equal(
            [(before[0].SourcePath, 2.0), (before[1].SourcePath, 2.0), (before[2].SourcePath, 1.0), (before[3].SourcePath, 2.0), (before[4].SourcePath, 2.0)],
            warehouse.Query<(string, double)>("SELECT d.source_path, f.value FROM fact_indicator f JOIN dim_document d USING (document_id) ORDER BY d.source_path"));
    }

    [Fact]
    public void Files_are_committed_in_batches_of_the_limits_and_each_outcome_only_once()
    {
        using var warehouse = new MemoryWarehouse();
        var files = Enumerable.Range(0, 7).Select(index => Good(index, value: index)).ToList();
        using var loader = new BatchLoader(warehouse.Connection, new SourceFileCatalog(), new Dictionary<string, SourceFileState>(), 1,
            new LoadBatchLimits(Files: 3, Facts: 1_000), () => Stamp, path => throw new InvalidOperationException($"{path} was extracted again"));

        var committed = new List<int>();
        foreach (var file in files)
        {
            loader.Add(Scanned(file), new FileExtraction(file.ContentHash, file.Reports, null));
            committed.Add(loader.Outcomes.Count);
        }

        loader.Finish();

        Assert.Equal([0, 0, 3, 3, 3, 6, 6], committed);
        Assert.Equal(files.Select(file => file.SourcePath), loader.Outcomes.Select(outcome => outcome.SourcePath));
        Assert.Equal(7L, warehouse.Connection.ExecuteScalar<long>("SELECT count(DISTINCT document_id) FROM dim_document"));
    }

    [Fact]
    public void DuckDB_loads_on_one_thread_and_has_its_threads_back_after_the_load()
    {
        using var warehouse = new MemoryWarehouse();
        var threads = () => warehouse.Connection.ExecuteScalar<long>("SELECT current_setting('threads')");
        var before = threads();
        var file = Good(0, value: 1);

        long during;
        using (var loader = new BatchLoader(warehouse.Connection, new SourceFileCatalog(), new Dictionary<string, SourceFileState>(), 1,
            LoadBatchLimits.Default, () => Stamp, path => throw new InvalidOperationException($"{path} was extracted again")))
        {
            loader.Add(Scanned(file), new FileExtraction(file.ContentHash, file.Reports, null));
            during = threads();
            loader.Finish();
        }

        Assert.Equal((1L, before), (during, threads()));
    }

    /// <summary>Loads the files through a <see cref="BatchLoader"/>, extracting them again (when a batch fails) from the same list.</summary>
    private static BatchLoader Run(MemoryWarehouse warehouse, IReadOnlyList<FileToLoad> files, IReadOnlyDictionary<string, SourceFileState> known, LoadBatchLimits limits)
    {
        var byPath = files.ToDictionary(file => file.SourcePath, file => new FileExtraction(file.ContentHash, file.Reports, null));
        var loader = new BatchLoader(warehouse.Connection, new SourceFileCatalog(), known, 1, limits, () => Stamp, path => byPath[path]);
        foreach (var file in files)
        {
            loader.Add(Scanned(file), byPath[file.SourcePath]);
        }

        loader.Finish();
        loader.Dispose();
        return loader;
    }

    private static ScannedFile Scanned(FileToLoad file) => new(file.SourcePath, file.SizeBytes, file.ModifiedAtUtc);

    private static FileToLoad Good(int index, double value) =>
        File($"/input/{index}.txt", $"hash-{index}-{value}", MemoryWarehouse.Yuanan.Code, 2024, Actual("gdp", 2023, Measure.GrowthPct, value));

    /// <summary>A file whose fact has no evidence: the Appender takes it, the warehouse's NOT NULL refuses it when the rows are written.</summary>
    private static FileToLoad Refused(int index) =>
        File($"/input/{index}.txt", $"hash-{index}-refused", MemoryWarehouse.Yuanan.Code, 2024, Actual("gdp", 2023, Measure.GrowthPct, 9) with { Evidence = null! });
}
