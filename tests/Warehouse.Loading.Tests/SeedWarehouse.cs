using Dapper;
using Warehouse.Pipeline;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>
/// A copy of the seed reports (tests/corpus/seeds) in a temp folder and a warehouse file
/// beside it, with the real pipeline (intake, extraction, loading) run on them in-process.
/// </summary>
internal sealed class SeedWarehouse : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeedWarehouse()
    {
        Input = _folder.CopyFolder(RepoPaths.Seeds, "input");
        DatabasePath = _folder.Combine("warehouse.duckdb");
    }

    public string Input { get; }

    public string DatabasePath { get; }

    public TempFolder Folder => _folder;

    public IReadOnlyList<string> InputFiles => Directory.GetFiles(Input).Order(StringComparer.Ordinal).ToList();

    public string Workbooks => _folder.Combine("workbooks");

    public RunSummary Run(bool writeWorkbooks = false) => Run(options => writeWorkbooks ? options with { OutputFolder = Workbooks } : options);

    /// <summary>A run with the options changed from the default ones (the seeds' folder, no workbooks).</summary>
    public RunSummary Run(Func<RunOptions, RunOptions> change) =>
        DefaultNightlyRun.Create().Execute(change(new RunOptions([Input], DatabasePath, null)), null, CancellationToken.None);

    /// <summary>The status and errors etl_run holds for a run (which must have been logged).</summary>
    public (string Status, string? Errors) LoggedRun(long? runId)
    {
        Assert.NotNull(runId);
        using var connection = WarehouseFile.OpenReadOnly(DatabasePath);
        return connection.QuerySingle<(string, string?)>("SELECT status, errors FROM etl_run WHERE run_id = $runId", new { runId });
    }

    /// <summary>Row counts of every table and view an analyst would look at, from a read-only connection.</summary>
    public WarehouseCounts Counts()
    {
        using var connection = WarehouseFile.OpenReadOnly(DatabasePath);
        return connection.QuerySingle<WarehouseCounts>(
            """
            SELECT (SELECT count(*) FROM dim_document) AS Documents,
                   (SELECT count(*) FROM dim_document WHERE removed_at IS NULL) AS LiveDocuments,
                   (SELECT count(*) FROM fact_indicator) AS Facts,
                   (SELECT count(*) FROM fact_rank_claim) AS RankClaims,
                   (SELECT count(*) FROM v_fact) AS ViewFacts,
                   (SELECT count(*) FROM dim_region) AS Regions,
                   (SELECT count(*) FROM dim_indicator) AS Indicators,
                   (SELECT count(*) FROM etl_source_file) AS SourceFiles
            """);
    }

    /// <summary>Every fact with its file, as a comparable set of strings.</summary>
    public IReadOnlyList<FactRow> Facts()
    {
        using var connection = WarehouseFile.OpenReadOnly(DatabasePath);
        return connection.Query<FactRow>(
            """
            SELECT d.source_path AS SourcePath, f.region_code AS RegionCode, f.indicator AS Indicator, f.kind AS Kind,
                   f.year AS Year, f.measure AS Measure, f.value AS Value
            FROM fact_indicator f JOIN dim_document d USING (document_id)
            ORDER BY ALL
            """).ToList();
    }

    public void Dispose() => _folder.Dispose();
}

internal sealed record WarehouseCounts(long Documents, long LiveDocuments, long Facts, long RankClaims, long ViewFacts, long Regions, long Indicators, long SourceFiles);

internal sealed record FactRow(string SourcePath, string? RegionCode, string Indicator, string Kind, int Year, string Measure, double Value);
