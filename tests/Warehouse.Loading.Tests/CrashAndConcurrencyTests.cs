namespace Warehouse.Loading.Tests;

/// <summary>
/// The swap design under stress: a run killed with SIGKILL mid-load, an analyst reading during
/// a run, a second run started while one is writing.
/// </summary>
public sealed class CrashAndConcurrencyTests
{
    [Fact]
    public void A_run_killed_mid_load_leaves_the_previous_state_readable_and_the_next_run_completes()
    {
        using var seeds = new SeedWarehouse();
        var held = seeds.Folder.Combine("held");
        Directory.CreateDirectory(held);
        var later = seeds.InputFiles.Skip(2).ToList();
        foreach (var file in later)
        {
            File.Move(file, Path.Combine(held, Path.GetFileName(file)));
        }

        seeds.Run();
        var before = seeds.Counts();
        var beforeFacts = seeds.Facts();
        foreach (var file in later)
        {
            File.Move(Path.Combine(held, Path.GetFileName(file)), file);
        }

        using (var child = ChildRun.Paused(seeds.Input, seeds.DatabasePath))
        {
            child.WaitUntilPaused();
            Assert.True(new FileInfo(WarehouseFile.NextPath(seeds.DatabasePath)).Length > 0, "the run is writing its copy");

            // An analyst's read-only query while the run is writing: succeeds, sees the old state.
            Assert.Equal(before, seeds.Counts());
            Assert.Throws<WarehouseBusyException>(() => seeds.Run());

            child.Kill();
        }

        Assert.Equal(before, seeds.Counts());
        Assert.Equal(beforeFacts, seeds.Facts());

        var summary = seeds.Run();
        Assert.Equal((later.Count, 2), (summary.Counts.FilesNew, summary.Counts.FilesUnchanged));
        using var fresh = new SeedWarehouse();
        fresh.Run();
        Assert.Equal(fresh.Counts(), seeds.Counts());
    }

    [Fact]
    public void A_second_concurrent_run_is_refused_with_a_clear_message()
    {
        using var seeds = new SeedWarehouse();
        using var first = ChildRun.Paused(seeds.Input, seeds.DatabasePath);
        first.WaitUntilPaused();

        var second = ChildRun.RunWarehouse(["run", "--input", seeds.Input, "--db", seeds.DatabasePath]);

        Assert.Equal(3, second.ExitCode);
        Assert.Contains("refused", second.Error, StringComparison.Ordinal);
        Assert.Contains(".lock", second.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(seeds.DatabasePath), "nothing was published while the first run is paused");
    }
}
