using System.Globalization;
using System.Net;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

[Collection(HostCollection.Name)]
public sealed class FiringTests
{
    [Fact]
    public async Task The_cron_trigger_fires_the_job_and_the_run_is_recorded()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun();
        var settings = HostUnderTest.Settings(folder, "fire-test", new Dictionary<string, string?> { ["Warehouse:Cron"] = "0/2 * * * * ?" });
        await using var host = await HostUnderTest.StartAsync(settings, run);

        var runs = await Eventually.Get(host.RunsAsync, r => r.Any(x => x.Status == "succeeded"), TimeSpan.FromSeconds(20), "a scheduled run finished");
        var first = runs.First(x => x.Status == "succeeded");
        Assert.Equal("scheduled", first.TriggerKind);
        Assert.Equal(3, first.Counts.FilesSeen);
        Assert.Equal(["bad.txt: not a work report"], first.Errors);
        Assert.NotNull(first.FinishedAt);
        Assert.True(run.Calls >= 1);
    }

    [Fact]
    public async Task A_run_missed_while_the_host_was_down_fires_once_when_it_comes_back()
    {
        // A daily fire time a few seconds ahead, which must fall while the host is stopped. A busy
        // machine can take longer than that to start and stop the first host; then the fire time
        // was not missed and the attempt is made again with a wider margin.
        foreach (var margin in new[] { 5, 15, 45 })
        {
            using var folder = new TempFolder();
            var due = DateTime.UtcNow.AddSeconds(margin);
            var cron = string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} * * ?");
            var settings = HostUnderTest.Settings(folder, "misfire-test", new Dictionary<string, string?> { ["Warehouse:Cron"] = cron });
            var run = new ScriptedRun();

            await using (var first = await HostUnderTest.StartAsync(new(settings), run))
            {
            }

            if (DateTime.UtcNow >= due.AddSeconds(-1) || run.Calls > 0)
            {
                continue;
            }

            await Task.Delay(due.AddSeconds(3) - DateTime.UtcNow);

            await using var second = await HostUnderTest.StartAsync(new(settings), run);
            await Eventually.Get(second.RunsAsync, r => r.Count >= 1 && !r[0].IsRunning, TimeSpan.FromSeconds(20), "the missed run fired after the restart");
            await Task.Delay(TimeSpan.FromSeconds(3));
            var missed = Assert.Single(await second.RunsAsync());
            Assert.Equal("scheduled", missed.TriggerKind);
            Assert.Equal(1, run.Calls);
            var next = (await second.Jobs.ListAsync(CancellationToken.None)).Single().NextFire!.Value;
            Assert.True(next > DateTimeOffset.UtcNow.AddHours(23), $"the trigger proceeds to tomorrow's fire, not {next:u}");
            return;
        }

        Assert.Fail("The first host never stopped before its fire time, even with a 45 s margin.");
    }

    [Fact]
    public async Task Run_now_while_a_run_is_running_is_refused()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { HoldUntilReleased = true };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "overlap-test"), run);

        var first = await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        Assert.True(first.Started, first.Message);
        await Eventually.True(() => run.Calls == 1, TimeSpan.FromSeconds(20), "the first run started");

        var second = await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        Assert.False(second.Started);
        Assert.Contains("already running", second.Message, StringComparison.Ordinal);

        using var client = host.Client(followRedirects: false);
        using var response = await client.PostAsync("jobs/warehouse/nightly/run", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already running", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        run.Release();
        await Eventually.Get(host.RunsAsync, r => r.Count == 1 && r[0].Status == "succeeded", TimeSpan.FromSeconds(20), "the first run finished");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, run.Calls);

        run.Release();
        var third = await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        Assert.True(third.Started, "once the run is over, run now works again: " + third.Message);
        await Eventually.Get(host.RunsAsync, r => r.Count == 2 && r.All(x => x.Status == "succeeded"), TimeSpan.FromSeconds(20), "the third request ran");
    }

    [Fact]
    public async Task A_failing_run_is_retried_with_growing_waits_until_it_succeeds()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { FailFirst = 2 };
        var settings = HostUnderTest.Settings(folder, "retry-test", new Dictionary<string, string?>
        {
            ["Warehouse:Retry:Count"] = "3",
            ["Warehouse:Retry:DelaySeconds"] = "1",
            ["Warehouse:Retry:MaxDelaySeconds"] = "10",
        });
        await using var host = await HostUnderTest.StartAsync(settings, run);
        await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);

        var runs = await Eventually.Get(host.RunsAsync, r => r.Any(x => x.Status == "succeeded"), TimeSpan.FromSeconds(40), "a retry succeeded");
        var attempts = runs.OrderBy(r => r.StartedAt).ToList();
        Assert.Equal(["failed", "failed", "succeeded"], attempts.Select(a => a.Status));
        Assert.Equal(["manual", "retry", "retry"], attempts.Select(a => a.TriggerKind));
        Assert.Equal([0, 1, 2], attempts.Select(a => a.Attempt));
        Assert.Contains("scripted failure 1", attempts[0].Errors.Single(), StringComparison.Ordinal);

        var firstWait = attempts[1].StartedAt - attempts[0].FinishedAt!.Value;
        var secondWait = attempts[2].StartedAt - attempts[1].FinishedAt!.Value;
        Assert.True(firstWait >= TimeSpan.FromSeconds(0.8), $"first wait {firstWait}");
        Assert.True(secondWait >= TimeSpan.FromSeconds(1.6), $"second wait {secondWait} doubles the first");
    }

    [Fact]
    public async Task No_retry_happens_when_retrying_is_off()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { FailFirst = 1 };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "no-retry-test"), run);
        await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);

        await Eventually.Get(host.RunsAsync, r => r.Count == 1 && r[0].Status == "failed", TimeSpan.FromSeconds(20), "the run failed");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await host.RunsAsync());
        Assert.Equal(1, run.Calls);
    }

    [Fact]
    public async Task A_graceful_shutdown_stops_the_run_at_a_safe_point_and_the_next_start_recovers_it()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, "shutdown-test");
        var held = new ScriptedRun { HoldUntilReleased = true };

        await using (var first = await HostUnderTest.StartAsync(new(settings), held))
        {
            await first.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
            await Eventually.True(() => held.Calls == 1, TimeSpan.FromSeconds(20), "the run started");
            await first.StopAsync();
        }

        Assert.Equal(1, held.Cancelled);

        var next = new ScriptedRun();
        await using var second = await HostUnderTest.StartAsync(new(settings), next);
        var runs = await Eventually.Get(second.RunsAsync, r => r.Any(x => x.Status == "succeeded"), TimeSpan.FromSeconds(20), "the handed-back run ran again");
        Assert.Contains(runs, r => r.Status == "cancelled");
        Assert.Equal("recovery", runs.Single(r => r.Status == "succeeded").TriggerKind);
        Assert.Equal(1, next.Calls);
    }
}
