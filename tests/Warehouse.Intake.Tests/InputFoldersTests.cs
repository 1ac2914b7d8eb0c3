using System.Text;
using Warehouse.Sources;

namespace Warehouse.Intake.Tests;

/// <summary>Walking input folders: every real file once, symbolic links never followed and each one reported.</summary>
public sealed class InputFoldersTests
{
    [Fact]
    public void A_link_loop_and_links_out_of_the_folder_are_not_followed_and_each_is_reported()
    {
        using var input = new TempFolder();
        using var elsewhere = new TempFolder();
        var report = Encoding.UTF8.GetBytes("各位代表:现在我代表县人民政府报告工作。");
        var real = new[] { input.Write("a.txt", report), input.Write("dir/b.html", report), input.Write("dir/sub/c.docx", report) };
        var secret = elsewhere.Write("secret.txt", report);
        var links = new[]
        {
            Directory.CreateSymbolicLink(Path.Combine(input.Path, "dir", "up"), "..").FullName,
            Directory.CreateSymbolicLink(Path.Combine(input.Path, "dir", "away"), elsewhere.Path).FullName,
            File.CreateSymbolicLink(Path.Combine(input.Path, "alias.txt"), real[0]).FullName,
            File.CreateSymbolicLink(Path.Combine(input.Path, "leak.txt"), secret).FullName,
            File.CreateSymbolicLink(Path.Combine(input.Path, "gone.txt"), Path.Combine(input.Path, "missing.txt")).FullName,
        };

        var contents = Assert.Single(InputFolders.Walk([input.Path]));

        Assert.Equal(real.Order(StringComparer.Ordinal), contents.Files.Select(file => file.Path).Order(StringComparer.Ordinal));
        Assert.Equal(links.Order(StringComparer.Ordinal), contents.Skipped.Select(skip => skip.Path));
        var reasons = contents.Skipped.ToDictionary(skip => Path.GetFileName(skip.Path), skip => skip.Reason);
        Assert.Contains("inside the input folders", reasons["up"]);
        Assert.Contains("outside the input folders", reasons["away"]);
        Assert.Contains("inside the input folders", reasons["alias.txt"]);
        Assert.Contains("outside the input folders", reasons["leak.txt"]);
        Assert.Contains("does not exist", reasons["gone.txt"]);
        Assert.Empty(contents.Errors);
    }

    [Fact]
    public void The_scanner_reads_each_real_file_once_through_a_loop()
    {
        using var input = new TempFolder();
        var report = Encoding.UTF8.GetBytes("各位代表:现在我代表县人民政府报告工作。");
        input.Write("a.txt", report);
        input.Write("dir/b.txt", report);
        Directory.CreateSymbolicLink(Path.Combine(input.Path, "dir", "up"), "..");

        var results = new SourceScanner().Scan([input.Path, input.Path]).ToList();

        Assert.Equal(2, results.OfType<SourceFile>().Count());
        Assert.Contains("not followed", Assert.Single(results.OfType<SkippedFile>()).Reason);
    }

    [Fact]
    public void An_input_folder_reached_through_a_link_keeps_its_own_paths()
    {
        using var input = new TempFolder();
        using var links = new TempFolder();
        input.Write("a.txt", Encoding.UTF8.GetBytes("各位代表"));
        var linked = Directory.CreateSymbolicLink(Path.Combine(links.Path, "reports"), input.Path).FullName;

        var contents = Assert.Single(InputFolders.Walk([linked]));

        Assert.Equal([Path.Combine(linked, "a.txt")], contents.Files.Select(file => file.Path));
        Assert.Empty(contents.Skipped);
    }

    [Fact]
    public void A_missing_input_folder_or_a_file_is_an_error()
    {
        using var input = new TempFolder();
        var file = input.Write("a.txt", [1]);

        var contents = InputFolders.Walk([Path.Combine(input.Path, "missing"), file]);

        Assert.Contains("does not exist", Assert.Single(contents[0].Errors));
        Assert.Contains("not a folder", Assert.Single(contents[1].Errors));
    }
}
