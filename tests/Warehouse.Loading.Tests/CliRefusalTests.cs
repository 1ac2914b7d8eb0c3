using Dapper;
using Warehouse.Pipeline;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>
/// Mistakes an analyst or operator makes get one clear line and a non-zero exit, and never a new
/// or broken warehouse: `correct` with a value or a name the warehouse does not know, a --db that
/// is a typo, a symbolic link or a folder, a writers' lock deleted mid-run, `export` with no warehouse.
/// </summary>
public sealed class CliRefusalTests : IDisposable
{
    private readonly SeedWarehouse _seeds = new();

    public CliRefusalTests() => _seeds.Run();

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("--value", "NaN", "--value must be a finite number")]
    [InlineData("--value", "Infinity", "--value must be a finite number")]
    [InlineData("--indicator", "gpd", "--indicator 'gpd' is not an indicator the warehouse knows")]
    [InlineData("--region", "999999", "--region 999999 is not a region of the GB/T 2260 gazetteer")]
    [InlineData("--region", "42052", "--region must be a six-digit GB/T 2260 code")]
    [InlineData("--kind", "guess", "guess")]
    [InlineData("--measure", "level_pct", "level_pct")]
    public void Correct_refuses_what_the_warehouse_does_not_know_and_changes_nothing(string option, string given, string message)
    {
        var before = File.ReadAllBytes(_seeds.DatabasePath);

        var (exitCode, _, error) = ChildRun.RunWarehouse(Correct(_seeds.DatabasePath, option, given));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error);
        Assert.Equal(before, File.ReadAllBytes(_seeds.DatabasePath));
    }

    [Fact]
    public void A_valid_correction_is_recorded()
    {
        var (exitCode, _, error) = ChildRun.RunWarehouse(Correct(_seeds.DatabasePath));

        Assert.True(exitCode == 0, error);
        using var connection = WarehouseFile.OpenReadOnly(_seeds.DatabasePath);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM fact_correction"));
    }

    [Fact]
    public void Correct_on_a_mistyped_db_creates_no_warehouse()
    {
        var typo = _seeds.Folder.Combine("warehous.duckdb");

        var (exitCode, _, error) = ChildRun.RunWarehouse(Correct(typo));

        Assert.Equal(2, exitCode);
        Assert.Contains($"no warehouse at {typo}", error);
        Assert.Empty(Directory.EnumerateFiles(_seeds.Folder.Path, "warehous.*"));
    }

    [Fact]
    public void Export_with_no_warehouse_is_one_clear_line()
    {
        var missing = _seeds.Folder.Combine("missing.duckdb");

        var (exitCode, _, error) = ChildRun.RunWarehouse(["export", "--db", missing, "--parquet", _seeds.Folder.Combine("parquet")]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: no warehouse at {missing}: the file does not exist (`warehouse run --db {missing}` creates it).", error.Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_warehouse_named_through_a_symbolic_link_is_written_at_its_target_and_the_link_stays()
    {
        var link = _seeds.Folder.Combine("link.duckdb");
        File.CreateSymbolicLink(link, _seeds.DatabasePath);
        File.Copy(Path.Combine(RepoPaths.Samples, "yuanan-2024.txt"), Path.Combine(_seeds.Input, "added.txt"));

        var summary = _seeds.Run(options => options with { DatabasePath = link });

        Assert.Equal(1, summary.Counts.FilesNew);
        Assert.Equal(_seeds.DatabasePath, new FileInfo(link).LinkTarget);
        using var connection = WarehouseFile.OpenReadOnly(_seeds.DatabasePath);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM etl_document WHERE status = 'new' AND source_path LIKE '%added.txt'"));
    }

    [Fact]
    public void A_writers_lock_deleted_mid_run_stops_the_publish_with_a_clear_error()
    {
        File.Copy(Path.Combine(RepoPaths.Samples, "yuanan-2024.txt"), Path.Combine(_seeds.Input, "added.txt"));
        var before = File.ReadAllBytes(_seeds.DatabasePath);

        var error = Assert.Throws<WarehouseFileException>(() => DefaultNightlyRun.Create().Execute(
            new RunOptions([_seeds.Input], _seeds.DatabasePath, null), new DeleteLockAfterScan(_seeds.DatabasePath), CancellationToken.None));

        Assert.Contains("was deleted or replaced during this write", error.Message);
        Assert.Equal(before, File.ReadAllBytes(_seeds.DatabasePath));
    }

    private static string[] Correct(string databasePath, string? option = null, string? given = null)
    {
        var arguments = new Dictionary<string, string>
        {
            ["--db"] = databasePath,
            ["--region"] = "420525",
            ["--indicator"] = "gdp",
            ["--kind"] = "actual",
            ["--year"] = "2023",
            ["--measure"] = "growth_pct",
            ["--value"] = "6.5",
        };
        if (option is not null)
        {
            arguments[option] = given!;
        }

        return ["correct", .. arguments.SelectMany(pair => new[] { pair.Key, pair.Value })];
    }

    private sealed class DeleteLockAfterScan(string databasePath) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (value.Stage == "scan")
            {
                File.Delete(WarehouseFile.LockPath(databasePath));
            }
        }
    }
}
