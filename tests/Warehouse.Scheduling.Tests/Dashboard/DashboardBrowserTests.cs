using Warehouse.Scheduling.Tests.Host;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Dashboard;

/// <summary>The dashboard in a real headless chromium, driven by browser/dashboard.mjs.</summary>
[Collection(HostCollection.Name)]
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task An_operator_sees_the_job_runs_it_now_reads_the_run_and_downloads_the_workbook()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { WriteWorkbook = options => TinyWorkbook.Write(options.OutputFolder!, "rankings-2024.xlsx") };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "browser-test"), run);

        var (exitCode, output) = await NodeScript.RunAsync("dashboard.mjs", TimeSpan.FromMinutes(2), host.Url.ToString(), folder.Combine("dashboard.png"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("\"ok\":true", output, StringComparison.Ordinal);
        Assert.Contains("\"workbook\":\"rankings-2024.xlsx\"", output, StringComparison.Ordinal);
        Assert.Equal(1, run.Calls);
        var recorded = Assert.Single(await host.RunsAsync());
        Assert.Equal("manual", recorded.TriggerKind);
    }
}
