using System.Diagnostics;
using Dapper;
using Warehouse.Pipeline;
using Xunit.Abstractions;

namespace Warehouse.Loading.Tests;

/// <summary>
/// A run never reports a success it did not have: what it could not see is never taken for
/// removed, what it could not do makes it failed or partial (etl_run.status, a non-zero exit and
/// the reason in the log), and a document that gives no report says why.
/// </summary>
public sealed class RunOutcomeTests(ITestOutputHelper output)
{
    [Fact]
    public void An_empty_input_folder_removes_nothing_and_the_run_fails()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var before = seeds.Counts();
        var unmounted = Directory.CreateDirectory(seeds.Folder.Combine("share")).FullName;

        var summary = seeds.Run(options => options with { InputFolders = [unmounted] });

        Assert.Equal(RunStatus.Failed, summary.Status);
        Assert.Equal(0, summary.Counts.FilesRemoved);
        Assert.Equal(before.LiveDocuments, seeds.Counts().LiveDocuments);
        var (status, errors) = seeds.LoggedRun(summary.RunId);
        Assert.Equal(RunStatus.Failed, status);
        Assert.Contains($"input folder {unmounted} holds no report files", errors);
    }

    [Fact]
    public void An_empty_folder_beside_a_full_one_makes_the_run_partial_and_removes_nothing()
    {
        using var seeds = new SeedWarehouse();
        var share = Directory.CreateDirectory(seeds.Folder.Combine("share")).FullName;
        File.Move(seeds.InputFiles[0], Path.Combine(share, "moved.txt"));
        seeds.Run(options => options with { InputFolders = [seeds.Input, share] });
        File.Move(Path.Combine(share, "moved.txt"), Path.Combine(seeds.Folder.Path, "away.txt"));

        var summary = seeds.Run(options => options with { InputFolders = [seeds.Input, share] });

        Assert.Equal(RunStatus.Partial, summary.Status);
        Assert.Equal(0, summary.Counts.FilesRemoved);
        Assert.Contains(summary.Errors, error => error.Contains("were not marked removed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_would_remove_more_than_a_fifth_of_the_documents_stops_unless_allowed()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var before = seeds.Counts();
        foreach (var file in seeds.InputFiles.Skip(2))
        {
            File.Delete(file);
        }

        var stopped = seeds.Run();

        Assert.Equal(RunStatus.Failed, stopped.Status);
        Assert.Equal(0, stopped.Counts.FilesRemoved);
        Assert.Equal(before.LiveDocuments, seeds.Counts().LiveDocuments);
        Assert.Contains(stopped.Errors, error => error.Contains("--allow-removals", StringComparison.Ordinal));
        Assert.Equal(RunStatus.Failed, seeds.LoggedRun(stopped.RunId).Status);

        var allowed = seeds.Run(options => options with { MaxRemovedShare = 1 });

        Assert.Equal(RunStatus.Succeeded, allowed.Status);
        Assert.Equal(3, allowed.Counts.FilesRemoved);
        Assert.True(seeds.Counts().LiveDocuments < before.LiveDocuments);
    }

    [Fact]
    public void A_missing_input_folder_fails_the_run_with_a_non_zero_exit()
    {
        using var seeds = new SeedWarehouse();
        var missing = seeds.Folder.Combine("not-there");

        var (exitCode, output, _) = ChildRun.RunWarehouse(["run", "--input", missing, "--db", seeds.DatabasePath]);

        Assert.Equal(1, exitCode);
        Assert.Contains($"input folder {missing} does not exist", output);
        Assert.Contains("failed", output);
    }

    [Fact]
    public void Out_being_a_file_makes_the_run_partial_with_a_non_zero_exit_and_the_data_still_loads()
    {
        using var seeds = new SeedWarehouse();
        var notAFolder = seeds.Folder.Combine("out");
        File.WriteAllText(notAFolder, "a file");

        var (exitCode, output, _) = ChildRun.RunWarehouse(["run", "--input", seeds.Input, "--db", seeds.DatabasePath, "--out", notAFolder]);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{notAFolder} is a file, not a folder for workbooks", output);
        Assert.Matches(@"run \d+ partial: \d+ files seen, .*; [1-9]\d* reports and [1-9]\d* facts loaded", output);
        Assert.True(seeds.Counts().LiveDocuments > 0);
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        Assert.Equal(RunStatus.Partial, connection.ExecuteScalar<string>("SELECT status FROM etl_run ORDER BY run_id DESC LIMIT 1"));
    }

    [Fact]
    public void Temporary_workbooks_a_killed_run_left_behind_are_cleared_by_the_next_one()
    {
        using var seeds = new SeedWarehouse();
        var output = Directory.CreateDirectory(seeds.Folder.Combine("workbooks")).FullName;
        var stale = Path.Combine(output, ".rankings-2024-1a2b.tmp");
        File.WriteAllText(stale, "half a workbook");

        var summary = seeds.Run(options => options with { OutputFolder = output });

        Assert.Equal(RunStatus.Succeeded, summary.Status);
        Assert.NotEmpty(summary.Workbooks);
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Report_for_a_year_the_warehouse_has_no_data_for_exits_non_zero_and_writes_nothing()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var output = seeds.Folder.Combine("workbooks");

        var (exitCode, _, error) = ChildRun.RunWarehouse(["report", "--db", seeds.DatabasePath, "--out", output, "--year", "1999"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("no workbook for 1999", error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.xlsx").Any());
    }

    [Fact]
    public void A_file_that_yields_no_report_says_why_in_the_run_log()
    {
        using var seeds = new SeedWarehouse();
        var notAReport = Path.Combine(seeds.Input, "menu.html");
        File.WriteAllText(notAReport, "<html><body><p>欢迎访问本网站。</p><p>联系我们</p></body></html>");

        var summary = seeds.Run();

        Assert.Equal(RunStatus.Succeeded, summary.Status);
        var reason = Assert.Single(ReasonsOf(seeds, notAReport));
        Assert.Contains("no government work report", reason);
    }

    [Fact]
    public void A_full_disk_while_writing_workbooks_makes_the_run_partial_and_leaves_no_temporary_file()
    {
        using var seeds = new SeedWarehouse();
        var full = Directory.CreateDirectory(seeds.Folder.Combine("full")).FullName;

        // A tmpfs of 8 KB holds no workbook; mounting one takes root.
        if (!Mount(full, "size=8k"))
        {
            output.WriteLine($"skipped: cannot mount a small tmpfs on {full} (needs root); the disk-full run is not checked here.");
            return;
        }

        try
        {
            var summary = seeds.Run(options => options with { OutputFolder = full });

            Assert.Equal(RunStatus.Partial, summary.Status);
            Assert.Empty(summary.Workbooks);
            Assert.Contains(summary.Errors, error => error.StartsWith("workbooks:", StringComparison.Ordinal) && error.Contains("space", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(RunStatus.Partial, seeds.LoggedRun(summary.RunId).Status);
            Assert.True(seeds.Counts().LiveDocuments > 0, "the data is loaded even so");
            Assert.Empty(Directory.EnumerateFiles(full, "*.tmp"));
            Assert.Empty(OpenFilesUnder(full));
        }
        finally
        {
            Run("umount", full);
        }
    }

    /// <summary>Files this process still holds open under <paramref name="folder"/>, deleted ones included (they keep their space).</summary>
    private static IReadOnlyList<string> OpenFilesUnder(string folder) =>
        Directory.GetFiles("/proc/self/fd")
            .Select(descriptor => new FileInfo(descriptor).LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith(folder + "/", StringComparison.Ordinal))
            .ToList();

    private static bool Mount(string folder, string options) =>
        Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder);

    private static bool Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static IReadOnlyList<string?> ReasonsOf(SeedWarehouse seeds, string path)
    {
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        return connection.Query<string?>("SELECT reason FROM etl_document WHERE source_path = $path", new { path }).ToList();
    }
}
