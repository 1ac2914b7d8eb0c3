using Warehouse.Pipeline;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

/// <summary>The scheduler around the real nightly pipeline, on a tiny synthetic input folder.</summary>
[Collection(HostCollection.Name)]
public sealed class RealPipelineTests
{
    [Fact]
    public async Task Trigger_now_runs_the_real_pipeline_whose_own_run_log_the_pages_show_and_a_second_run_finds_nothing_new()
    {
        using var folder = new TempFolder();
        SyntheticReport.WriteInput(folder.Input);

        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), DefaultNightlyRun.Create());
        var firstJob = host.Trigger();
        await Eventually.Get(host.Jobs.SucceededIds, ids => ids.Contains(firstJob), TimeSpan.FromMinutes(3), "the first run finished");
        Assert.Equal("\"etl_run 1: succeeded\"", host.Jobs.Succeeded(firstJob)!.Result);

        var runs = new WarehouseRuns(folder.Database);
        var first = Assert.Single(runs.Latest());
        Assert.Equal(1, first.RunId);
        Assert.Equal("succeeded", first.Status);
        Assert.Equal(2, first.Counts.FilesSeen);
        Assert.Equal(1, first.Counts.FilesNew);
        Assert.Equal(1, first.Counts.FilesSkipped);
        Assert.True(first.Counts.FactsLoaded > 0, $"facts loaded: {first.Counts.FactsLoaded}");
        var skipped = Assert.Single(runs.Find(1)!.Value.Skipped);
        Assert.EndsWith("broken.docx", skipped.SourcePath, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(skipped.Reason));

        using var client = host.Client();
        var overview = await client.GetStringAsync("");
        var workbook = Assert.Single(Directory.GetFiles(folder.Output, "*.xlsx"));
        Assert.Contains($"/workbooks/{Path.GetFileName(workbook)}", overview, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/runs/1\">1</a>", overview, StringComparison.Ordinal);
        var details = await client.GetStringAsync("runs/1");
        Assert.Contains("broken.docx", details, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(skipped.Reason!), details, StringComparison.Ordinal);

        var secondJob = host.Trigger();
        await Eventually.Get(host.Jobs.SucceededIds, ids => ids.Contains(secondJob), TimeSpan.FromMinutes(3), "the second run finished");
        var second = runs.Latest()[0];
        Assert.Equal(2, second.RunId);
        Assert.Equal(0, second.Counts.FilesNew);
        Assert.Equal(0, second.Counts.FactsLoaded);
    }
}
