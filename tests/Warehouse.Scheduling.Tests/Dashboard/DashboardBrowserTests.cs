using Warehouse.Pipeline;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.Tests.Host;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Dashboard;

/// <summary>The dashboard in a real headless chromium, driven by browser/dashboard.mjs, around the real pipeline.</summary>
[Collection(HostCollection.Name)]
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task An_operator_triggers_the_run_on_hangfires_page_then_reads_it_and_downloads_the_workbook_on_ours()
    {
        using var folder = new TempFolder();
        SyntheticReport.WriteInput(folder.Input);
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), DefaultNightlyRun.Create());

        var (exitCode, output) = await NodeScript.RunAsync("dashboard.mjs", TimeSpan.FromMinutes(4), host.Url.ToString(), folder.Combine("dashboard"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("\"ok\":true", output, StringComparison.Ordinal);
        Assert.Contains("\"problems\":[]", output, StringComparison.Ordinal);
        var workbook = Assert.Single(Directory.GetFiles(folder.Output, "*.xlsx"));
        Assert.Contains($"\"workbook\":\"{Path.GetFileName(workbook)}\"", output, StringComparison.Ordinal);
        Assert.Single(host.Jobs.SucceededIds());
        Assert.Equal("succeeded", Assert.Single(new WarehouseRuns(folder.Database).Latest()).Status);
    }
}
