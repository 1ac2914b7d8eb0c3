using System.Net;
using System.Net.Http.Json;
using Warehouse.Pipeline;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

[Collection(HostCollection.Name)]
public sealed class JobStoreTests
{
    [Fact]
    public async Task First_start_creates_the_sqlite_job_store_next_to_the_database_with_the_schedule_of_the_settings()
    {
        using var folder = new TempFolder();
        var storeFile = JobStore.DefaultSqlitePath(folder.Database);
        Assert.False(File.Exists(storeFile));

        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Cron"] = "30 3 * * *", ["Warehouse:TimeZone"] = "Asia/Shanghai" });
        await using var host = await HostUnderTest.StartAsync(settings, new ScriptedRun());

        Assert.Equal(Path.Combine(folder.Path, "warehouse.jobs.sqlite"), storeFile);
        Assert.True(File.Exists(storeFile));
        Assert.True(host.Store.CreatedNow);
        var nightly = host.Jobs.Nightly();
        Assert.Equal("30 3 * * *", nightly.Cron);
        Assert.Equal("Asia/Shanghai", nightly.TimeZoneId);
        var next = TimeZoneInfo.ConvertTimeFromUtc(nightly.NextExecution!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal((3, 30), (next.Hour, next.Minute));
    }

    [Fact]
    public async Task A_restart_keeps_the_stored_schedule_and_the_jobs_history()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Cron"] = "30 3 * * *" });
        string id;
        DateTime? nextRun;

        await using (var first = await HostUnderTest.StartAsync(new(settings), new ScriptedRun()))
        {
            id = first.Trigger();
            await Eventually.Get(first.Jobs.SucceededIds, ids => ids.Contains(id), TimeSpan.FromSeconds(20), "the run succeeded");
            nextRun = first.Jobs.Nightly().NextExecution;
        }

        await using var second = await HostUnderTest.StartAsync(new(settings), new ScriptedRun());
        Assert.False(second.Store.CreatedNow);
        Assert.Equal(nextRun, second.Jobs.Nightly().NextExecution);
        Assert.Equal([id], second.Jobs.SucceededIds());
    }

    [Fact]
    public async Task A_changed_cron_setting_replaces_the_stored_schedule()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Cron"] = "30 3 * * *" });
        await using (var first = await HostUnderTest.StartAsync(new(settings), new ScriptedRun()))
        {
        }

        settings["Warehouse:Cron"] = "15 4 * * *";
        settings["Warehouse:TimeZone"] = "Asia/Shanghai";
        await using var second = await HostUnderTest.StartAsync(new(settings), new ScriptedRun());
        var nightly = second.Jobs.Nightly();
        Assert.Equal("15 4 * * *", nightly.Cron);
        var next = TimeZoneInfo.ConvertTimeFromUtc(nightly.NextExecution!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal((4, 15), (next.Hour, next.Minute));
    }

    [Fact]
    public async Task A_deleted_store_makes_healthz_and_the_pages_report_it_and_the_restart_keeps_the_warehouses_run_history()
    {
        using var folder = new TempFolder();
        SyntheticReport.WriteInput(folder.Input);
        var settings = HostUnderTest.Settings(folder);

        await using (var first = await HostUnderTest.StartAsync(new(settings), DefaultNightlyRun.Create()))
        {
            var id = first.Trigger();
            await Eventually.Get(first.Jobs.SucceededIds, ids => ids.Contains(id), TimeSpan.FromMinutes(3), "the run succeeded");
            using var client = first.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("healthz")).StatusCode);

            File.Delete(JobStore.DefaultSqlitePath(folder.Database));

            using var health = await client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var body = await health.Content.ReadFromJsonAsync<Health>();
            Assert.Equal("unhealthy", body!.Status);
            Assert.Contains("missing", body.Problem, StringComparison.Ordinal);

            using var overview = await client.GetAsync("");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, overview.StatusCode);
            Assert.Contains("is missing", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var jobs = await client.GetAsync("hangfire/recurring");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, jobs.StatusCode);
            Assert.Contains("is missing", await jobs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var second = await HostUnderTest.StartAsync(new(settings), DefaultNightlyRun.Create());
        Assert.True(second.Store.CreatedNow, "the restart knows (and logs) that it began a new job store");
        using var again = second.Client();
        var page = await again.GetStringAsync("");
        Assert.Contains("<a href=\"/runs/1\">1</a>", page, StringComparison.Ordinal);
        Assert.Contains(">succeeded<", page, StringComparison.Ordinal);
    }

    private sealed record Health(string Status, string Node, string Problem);
}
