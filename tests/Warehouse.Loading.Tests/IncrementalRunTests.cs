using Dapper;
using Warehouse.Pipeline;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>The nightly run on the seed reports: reruns, changed, removed and corrected files.</summary>
public sealed class IncrementalRunTests
{
    [Fact]
    public void A_second_run_on_the_seeds_loads_nothing_and_every_count_stays_equal()
    {
        using var seeds = new SeedWarehouse();
        var first = seeds.Run();
        var before = seeds.Counts();
        var second = seeds.Run();
        var after = seeds.Counts();

        Assert.Equal(seeds.InputFiles.Count, first.Counts.FilesNew);
        Assert.True(first.Counts.FactsLoaded > 0, "the first run loads the seeds' facts");
        Assert.True(before.Regions > 3000, "dim_region holds all of GB/T 2260");
        Assert.Null(second.RunId);
        Assert.Equal((0, 0, 0, 0, seeds.InputFiles.Count), (second.Counts.FilesNew, second.Counts.FilesChanged, second.Counts.FilesRemoved, second.Counts.FactsLoaded, second.Counts.FilesUnchanged));
        Assert.Equal(before, after);
    }

    [Fact]
    public void A_run_with_nothing_new_writes_nothing_to_the_warehouse()
    {
        using var seeds = new SeedWarehouse();
        var first = seeds.Run();
        var published = new FileInfo(seeds.DatabasePath);
        var (length, written) = (published.Length, published.LastWriteTimeUtc);
        File.SetLastWriteTimeUtc(seeds.DatabasePath, written.AddHours(-1));

        var second = seeds.Run();

        Assert.NotNull(first.RunId);
        Assert.Null(second.RunId);
        Assert.Equal(RunStatus.NothingNew, second.Status);
        published.Refresh();
        Assert.Equal((length, written.AddHours(-1)), (published.Length, published.LastWriteTimeUtc));
        Assert.False(File.Exists(WarehouseFile.NextPath(seeds.DatabasePath)));
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        Assert.Equal(first.RunId, connection.ExecuteScalar<long>("SELECT max(run_id) FROM etl_run"));
    }

    [Fact]
    public void Workbooks_are_rewritten_only_for_the_years_a_changed_file_touches()
    {
        using var seeds = new SeedWarehouse();
        var first = seeds.Run(writeWorkbooks: true);
        var written = Directory.GetFiles(seeds.Workbooks).ToDictionary(path => path, File.GetLastWriteTimeUtc);

        var idle = seeds.Run(writeWorkbooks: true);
        var changed = seeds.InputFiles[0];
        File.AppendAllText(changed, "\n");
        var reload = seeds.Run(writeWorkbooks: true);

        Assert.True(first.Workbooks.Count > 1, $"workbooks: {first.Workbooks.Count}");
        Assert.Empty(idle.Workbooks);
        Assert.NotEmpty(reload.Workbooks);
        Assert.True(reload.Workbooks.Count < first.Workbooks.Count, $"rewrote {string.Join(", ", reload.Workbooks)}");
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var yearsOfFile = connection.Query<int>(
            """
            SELECT DISTINCT coalesce(d.review_year, d.report_year - 1) FROM dim_document d WHERE d.source_path = $path
            UNION SELECT DISTINCT f.year FROM fact_indicator f JOIN dim_document d USING (document_id) WHERE d.source_path = $path
            UNION SELECT DISTINCT f.year - 1 FROM fact_indicator f JOIN dim_document d USING (document_id) WHERE d.source_path = $path
            """, new { path = changed }).ToHashSet();
        Assert.All(reload.Workbooks, path => Assert.Contains(int.Parse(Path.GetFileNameWithoutExtension(path)["rankings-".Length..]), yearsOfFile));
        Assert.All(written.Keys.Except(reload.Workbooks), path => Assert.Equal(written[path], File.GetLastWriteTimeUtc(path)));
    }

    [Fact]
    public void A_touched_file_with_the_same_bytes_is_a_run_that_remembers_its_new_time_stamp()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var touched = seeds.InputFiles[0];
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddMinutes(5));

        var restamp = seeds.Run();
        var after = seeds.Run();

        Assert.NotNull(restamp.RunId);
        Assert.Equal((0, 0, seeds.InputFiles.Count), (restamp.Counts.FilesChanged, restamp.Counts.FactsLoaded, restamp.Counts.FilesUnchanged));
        Assert.Null(after.RunId);
    }

    [Fact]
    public void Views_of_another_build_are_replaced_by_the_next_run_even_when_no_file_is_new()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        using (var session = WarehouseFile.BeginWrite(seeds.DatabasePath))
        {
            session.Connection.Execute("CREATE OR REPLACE VIEW v_fact AS SELECT 1 AS stale");
            session.Connection.Execute("UPDATE etl_dimension_source SET fingerprint = 'an older build' WHERE dimension = 'views'");
            session.Publish();
        }

        var summary = seeds.Run();

        Assert.NotNull(summary.RunId);
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM v_fact") > 0);
        Assert.Null(seeds.Run().RunId);
    }

    [Fact]
    public void Changing_one_file_replaces_its_facts_and_no_other()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var before = seeds.Facts();
        var changed = seeds.InputFiles[0];
        File.Copy(Path.Combine(RepoPaths.Samples, "yuanan-2024.txt"), changed, overwrite: true);

        var summary = seeds.Run();
        var after = seeds.Facts();

        Assert.Equal((1, seeds.InputFiles.Count - 1), (summary.Counts.FilesChanged, summary.Counts.FilesUnchanged));
        Assert.Equal(before.Where(fact => fact.SourcePath != changed), after.Where(fact => fact.SourcePath != changed));
        var changedFacts = after.Where(fact => fact.SourcePath == changed).ToList();
        Assert.NotEmpty(changedFacts);
        Assert.All(changedFacts, fact => Assert.Equal("420525", fact.RegionCode));
    }

    [Fact]
    public void The_run_log_lists_the_files_a_run_changed_and_only_counts_the_others()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var changed = seeds.InputFiles[^1];
        File.AppendAllText(changed, "\n（此处为转载时附加的一行。）\n");

        var summary = seeds.Run();

        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var logged = connection.Query<(string SourcePath, string Status)>(
            "SELECT source_path, status FROM etl_document WHERE run_id = $run", new { run = summary.RunId }).ToList();
        Assert.Equal([(changed, FileOutcome.Changed)], logged);
        Assert.Equal(seeds.InputFiles.Count - 1, summary.Counts.FilesUnchanged);
    }

    [Fact]
    public void A_removed_file_is_marked_and_leaves_the_views()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var removed = seeds.InputFiles[^1];
        var before = seeds.Counts();
        File.Delete(removed);

        var summary = seeds.Run();

        Assert.Equal(1, summary.Counts.FilesRemoved);
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var documents = connection.Query<DateTime?>("SELECT removed_at FROM dim_document WHERE source_path = $path", new { path = removed }).ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, removedAt => Assert.NotNull(removedAt));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM v_fact WHERE source_path = $path", new { path = removed }));
        Assert.NotNull(connection.ExecuteScalar<DateTime?>("SELECT removed_at FROM etl_source_file WHERE source_path = $path", new { path = removed }));
        Assert.Equal("removed", connection.ExecuteScalar<string>(
            "SELECT status FROM etl_document WHERE source_path = $path AND run_id = $run", new { path = removed, run = summary.RunId }));
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM v_fact") < before.ViewFacts);
    }

    [Fact]
    public void A_renamed_file_and_a_removed_file_put_back_are_each_a_run()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var original = seeds.InputFiles[^1];
        var renamed = Path.Combine(seeds.Input, "renamed" + Path.GetExtension(original));
        File.Move(original, renamed);

        var rename = seeds.Run();
        File.Move(renamed, original);
        var putBack = seeds.Run();

        Assert.Equal((1, 1), (rename.Counts.FilesNew, rename.Counts.FilesRemoved));
        Assert.Equal((0, 1), (putBack.Counts.FilesNew, putBack.Counts.FilesChanged));
        Assert.NotNull(putBack.RunId);
        Assert.Null(seeds.Run().RunId);
    }

    [Fact]
    public void A_correction_survives_a_reload_of_its_document()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        FactRow fact;
        using (var reader = WarehouseFile.OpenReadOnly(seeds.DatabasePath))
        {
            fact = reader.QueryFirst<FactRow>(
                """
                SELECT source_path AS SourcePath, region_code AS RegionCode, indicator AS Indicator, kind AS Kind,
                       year AS Year, measure AS Measure, value AS Value
                FROM v_fact WHERE kind = 'actual' AND region_code IS NOT NULL ORDER BY source_path, raw_start
                """);
        }

        var corrected = fact.Value + 1000;
        using (var session = WarehouseFile.BeginWrite(seeds.DatabasePath))
        {
            new CorrectionStore().Add(session.Connection, new Correction(fact.RegionCode!, fact.Indicator, fact.Kind, fact.Year, fact.Measure,
                Correction.Replace, corrected, null, null, "test", "test"));
            session.Publish();
        }

        File.AppendAllText(fact.SourcePath, "\n");
        var summary = seeds.Run();

        Assert.Equal(1, summary.Counts.FilesChanged);
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var values = connection.Query<(double Value, bool Corrected)>(
            "SELECT value, corrected FROM v_fact WHERE region_code = $region AND indicator = $indicator AND kind = $kind AND year = $year AND measure = $measure",
            new { region = fact.RegionCode, indicator = fact.Indicator, kind = fact.Kind, year = fact.Year, measure = fact.Measure }).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Equal((corrected, true), value));
    }

    [Fact]
    public void A_bad_file_is_logged_with_its_reason_and_the_rest_still_loads()
    {
        using var seeds = new SeedWarehouse();
        var broken = Path.Combine(seeds.Input, "broken.docx");
        File.WriteAllBytes(broken, [0x6e, 0x6f, 0x74, 0x20, 0x61, 0x20, 0x7a, 0x69, 0x70]);

        var summary = seeds.Run();

        Assert.Equal((1, seeds.InputFiles.Count - 1), (summary.Counts.FilesSkipped, summary.Counts.FilesNew));
        Assert.Contains(summary.Errors, error => error.StartsWith(broken, StringComparison.Ordinal));
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var reason = connection.ExecuteScalar<string?>(
            "SELECT reason FROM etl_document WHERE source_path = $path AND status = 'skipped'", new { path = broken });
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM dim_document WHERE source_path = $path", new { path = broken }));
    }
}
