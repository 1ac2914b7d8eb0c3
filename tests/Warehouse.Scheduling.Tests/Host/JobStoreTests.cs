using Dapper;
using Microsoft.Data.Sqlite;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

[Collection(HostCollection.Name)]
public sealed class JobStoreTests
{
    [Fact]
    public async Task First_start_creates_the_sqlite_job_store_next_to_the_database()
    {
        using var folder = new TempFolder();
        var storeFile = JobStoreConnection.DefaultSqlitePath(folder.Database);
        Assert.False(File.Exists(storeFile));

        await using (var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "schema-test"), new ScriptedRun()))
        {
        }

        Assert.Equal(Path.Combine(folder.Path, "warehouse.scheduler.sqlite"), storeFile);
        await using var db = new SqliteConnection($"Data Source={storeFile}");
        var tables = (await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("qrtz_triggers", tables);
        Assert.Contains("qrtz_cron_triggers", tables);
        Assert.Contains("warehouse_run_history", tables);

        var cron = await db.QuerySingleAsync<string>(
            "SELECT cron_expression FROM qrtz_cron_triggers WHERE sched_name = @Name AND trigger_name = @Trigger",
            new { Name = "schema-test", Trigger = JobKeys.NightlySchedule.Name });
        Assert.Equal("0 0 2 1 1 ? 2099", cron);
    }

    [Fact]
    public async Task A_restart_keeps_the_stored_schedule_its_pause_and_the_run_history()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, "restart-test", new Dictionary<string, string?> { ["Warehouse:Cron"] = "0 30 3 * * ?" });
        var run = new ScriptedRun();
        DateTimeOffset? nextFire;

        await using (var first = await HostUnderTest.StartAsync(new(settings), run))
        {
            await first.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
            await Eventually.Get(first.RunsAsync, runs => runs.Count == 1 && !runs[0].IsRunning, TimeSpan.FromSeconds(20), "one finished run");
            await first.Jobs.PauseAsync(JobKeys.Nightly, CancellationToken.None);
            nextFire = (await first.Jobs.ListAsync(CancellationToken.None)).Single().NextFire;
        }

        await using var second = await HostUnderTest.StartAsync(new(settings), run);
        var job = (await second.Jobs.ListAsync(CancellationToken.None)).Single();
        Assert.True(job.Paused, "the pause made before the restart is still in force");
        Assert.Equal(nextFire, job.NextFire);
        Assert.Equal("0 30 3 * * ? (UTC)", job.Schedule);

        var runs = await second.RunsAsync();
        var kept = Assert.Single(runs);
        Assert.Equal("succeeded", kept.Status);
        Assert.Equal("manual", kept.TriggerKind);
        Assert.Equal(42, kept.Counts.FactsLoaded);
    }

    [Fact]
    public async Task A_changed_cron_setting_replaces_the_stored_schedule()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, "reschedule-test", new Dictionary<string, string?> { ["Warehouse:Cron"] = "0 30 3 * * ?" });
        await using (var first = await HostUnderTest.StartAsync(new(settings), new ScriptedRun()))
        {
        }

        settings["Warehouse:Cron"] = "0 15 4 * * ?";
        settings["Warehouse:TimeZone"] = "Asia/Shanghai";
        await using var second = await HostUnderTest.StartAsync(new(settings), new ScriptedRun());
        var job = (await second.Jobs.ListAsync(CancellationToken.None)).Single();
        Assert.Equal("0 15 4 * * ? (Asia/Shanghai)", job.Schedule);
        var next = TimeZoneInfo.ConvertTime(job.NextFire!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal((4, 15), (next.Hour, next.Minute));
    }
}
