using System.Globalization;
using Hangfire.Common;
using Hangfire.States;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

[Collection(HostCollection.Name)]
public sealed class FiringTests
{
    [Fact]
    public async Task The_cron_schedule_fires_the_job_with_the_paths_as_arguments_and_the_result_names_the_run()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun();
        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Cron"] = "*/2 * * * * *" });
        await using var host = await HostUnderTest.StartAsync(settings, run);

        var succeeded = await Eventually.Get(host.Jobs.SucceededIds, ids => ids.Count > 0, TimeSpan.FromSeconds(20), "a scheduled run succeeded");
        var job = host.Jobs.Succeeded(succeeded[^1])!;
        Assert.Equal("\"etl_run 1: succeeded\"", job.Result);
        Assert.Equal("RunAsync", job.Job.Method.Name);
        Assert.Equal([folder.Input], (string[])job.Job.Args[0]);
        Assert.Equal(folder.Database, job.Job.Args[1]);
        Assert.Equal(new RunOptionsPaths(folder), new RunOptionsPaths(run.LastOptions!));
    }

    [Fact]
    public async Task A_run_missed_while_the_host_was_down_runs_once_when_it_comes_back()
    {
        // A daily time a few seconds ahead, which must pass while the host is stopped. A busy
        // machine can take longer than that to start and stop the first host; then the time was
        // not missed and the attempt is made again with a wider margin.
        foreach (var margin in new[] { 5, 15, 45 })
        {
            using var folder = new TempFolder();
            var due = DateTime.UtcNow.AddSeconds(margin);
            var cron = string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} * * *");
            var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Cron"] = cron });
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
            await Eventually.Get(second.Jobs.SucceededIds, ids => ids.Count >= 1, TimeSpan.FromSeconds(20), "the missed run ran after the restart");
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Single(second.Jobs.SucceededIds());
            Assert.Equal(1, run.Calls);
            var next = second.Jobs.Nightly().NextExecution!.Value;
            Assert.True(next > DateTime.UtcNow.AddHours(23), $"the schedule goes on to tomorrow's run, not {next:u}");
            return;
        }

        Assert.Fail("The first host never stopped before its run was due, even with a 45 s margin.");
    }

    [Fact]
    public async Task Trigger_now_during_a_run_never_overlaps_it_the_second_run_waits_for_the_first()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { HoldUntilReleased = true };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), run);

        host.Trigger();
        await Eventually.True(() => run.Calls == 1, TimeSpan.FromSeconds(20), "the first run started");
        host.Trigger();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, run.Calls);

        run.Release();
        await Eventually.True(() => run.Calls == 2, TimeSpan.FromSeconds(20), "the second run started after the first");
        run.Release();
        await Eventually.Get(host.Jobs.SucceededIds, ids => ids.Count == 2, TimeSpan.FromSeconds(20), "both runs succeeded");

        Assert.Equal(1, run.MaxConcurrent);
        var timeline = run.Timeline;
        Assert.True(timeline[1].Start >= timeline[0].End, $"the second run started at {timeline[1].Start:O}, before the first ended at {timeline[0].End:O}");
    }

    [Fact]
    public async Task A_failing_run_is_retried_with_growing_waits_until_it_succeeds()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { FailFirst = 2 };
        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?>
        {
            ["Warehouse:Retry:Count"] = "3",
            ["Warehouse:Retry:DelaySeconds"] = "2",
            ["Warehouse:Retry:MaxDelaySeconds"] = "10",
        });
        await using var host = await HostUnderTest.StartAsync(settings, run);
        var id = host.Trigger();

        await Eventually.Get(host.Jobs.SucceededIds, ids => ids.Contains(id), TimeSpan.FromSeconds(40), "a retry succeeded");
        Assert.Equal(3, run.Calls);
        var states = host.Jobs.States(id);
        Assert.Equal(2, states.Count(s => s.StateName == FailedState.StateName));
        Assert.Equal(SucceededState.StateName, states[^1].StateName);
        Assert.Contains("scripted failure 1", states.First(s => s.StateName == FailedState.StateName).Data["ExceptionMessage"], StringComparison.Ordinal);

        // Each retry is scheduled the configured wait ahead: 2 s, then twice that.
        var waits = states.Where(s => s.StateName == ScheduledState.StateName)
            .Select(s => Math.Round((JobHelper.DeserializeDateTime(s.Data["EnqueueAt"]) - JobHelper.DeserializeDateTime(s.Data["ScheduledAt"])).TotalSeconds));
        Assert.Equal([2.0, 4.0], waits);

        // And the runs really waited (Hangfire keeps due times to the second, hence the margin).
        var timeline = run.Timeline;
        var firstWait = timeline[1].Start - timeline[0].End!.Value;
        var secondWait = timeline[2].Start - timeline[1].End!.Value;
        Assert.True(firstWait >= TimeSpan.FromSeconds(1), $"first wait {firstWait}");
        Assert.True(secondWait >= TimeSpan.FromSeconds(3), $"second wait {secondWait}");
    }

    [Fact]
    public async Task No_retry_happens_when_retrying_is_off()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun { FailFirst = 1 };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), run);
        var id = host.Trigger();

        await Eventually.Get(host.Jobs.FailedIds, ids => ids.Contains(id), TimeSpan.FromSeconds(20), "the run failed");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, run.Calls);
        Assert.Empty(host.Jobs.SucceededIds());
    }

    [Fact]
    public async Task A_graceful_shutdown_cancels_the_run_at_a_safe_point_and_the_next_start_runs_it_again()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder);
        var held = new ScriptedRun { HoldUntilReleased = true };
        string id;

        await using (var first = await HostUnderTest.StartAsync(new(settings), held))
        {
            id = first.Trigger();
            await Eventually.True(() => held.Calls == 1, TimeSpan.FromSeconds(20), "the run started");
            await first.StopAsync();
        }

        Assert.Equal(1, held.Cancelled);

        var next = new ScriptedRun();
        await using var second = await HostUnderTest.StartAsync(new(settings), next);
        await Eventually.Get(second.Jobs.SucceededIds, ids => ids.Contains(id), TimeSpan.FromSeconds(20), "the interrupted job ran again");
        Assert.Equal(1, next.Calls);
        Assert.Equal(2, second.Jobs.States(id).Count(s => s.StateName == ProcessingState.StateName));
    }

    private sealed record RunOptionsPaths(string Input, string Database, string? Output)
    {
        public RunOptionsPaths(TempFolder folder)
            : this(folder.Input, folder.Database, folder.Output)
        {
        }

        public RunOptionsPaths(Warehouse.Pipeline.RunOptions options)
            : this(options.InputFolders.Single(), options.DatabasePath, options.OutputFolder)
        {
        }
    }
}
