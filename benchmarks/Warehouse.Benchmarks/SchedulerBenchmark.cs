using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Scheduling;
using Warehouse.Scheduling.Jobs;

namespace Warehouse.Benchmarks;

/// <summary>
/// `scheduler [runs] [poll-seconds]`: what the scheduler itself costs around the nightly run, on
/// the default SQLite job store: host start (first, which creates the store, and warm),
/// "trigger now" → run body started → run recorded (the job's Succeeded state stored), and two
/// dashboard pages after those runs. The run body does nothing, so every figure is the
/// scheduler's own. A triggered job waits for the next poll of the queue, so the poll interval
/// (Warehouse:PollIntervalSeconds, 1 s by default) bounds the latency; each trigger comes after
/// a random pause, as an operator's click does, not in step with the polls.
/// </summary>
public static class SchedulerBenchmark
{
    private const int Port = 5987;

    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var poll = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        return RunAsync(runs, poll).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int runs, double poll)
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-scheduler-bench-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "input"));
            var body = new InstantRun();
            var settings = new Dictionary<string, string?>
            {
                ["Warehouse:Input:0"] = Path.Combine(folder, "input"),
                ["Warehouse:Database"] = Path.Combine(folder, "warehouse.duckdb"),
                ["Warehouse:Output"] = Path.Combine(folder, "out"),
                ["Warehouse:Cron"] = "0 2 1 1 *",
                ["Warehouse:PollIntervalSeconds"] = poll.ToString(CultureInfo.InvariantCulture),
                ["Warehouse:Retry:Count"] = "0",
                ["Warehouse:Dashboard:Port"] = Port.ToString(CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
            };

            var clock = Stopwatch.StartNew();
            var app = await StartAsync(settings, body);
            var firstStart = clock.Elapsed;
            await app.StopAsync();
            await app.DisposeAsync();

            clock.Restart();
            app = await StartAsync(settings, body);
            var warmStart = clock.Elapsed;

            var recurringJobs = app.Services.GetRequiredService<IRecurringJobManagerV2>();
            var storage = app.Services.GetRequiredService<JobStore>().Storage;
            var toStart = new List<double>();
            var toRecorded = new List<double>();
            var pause = new Random(20261201);
            for (var i = 0; i < runs; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(pause.NextDouble() * poll));
                var started = body.NextStart();
                clock.Restart();
                var id = recurringJobs.TriggerJob(NightlyJob.RecurringId) ?? throw new InvalidOperationException("the trigger created no job");
                await started;
                toStart.Add(clock.Elapsed.TotalMilliseconds);
                while (State(storage, id) != SucceededState.StateName)
                {
                    await Task.Delay(2);
                }

                toRecorded.Add(clock.Elapsed.TotalMilliseconds);
            }

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
            var overview = await PageTimesAsync(client, "", "Warehouse");
            var succeeded = await PageTimesAsync(client, "hangfire/jobs/succeeded", "Nightly run");

            await app.StopAsync();
            await app.DisposeAsync();

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                scheduler benchmark (Hangfire, SQLite job store, poll every {poll} s, instant run body, {Environment.ProcessorCount} cores)
                  host start, first (creates the store): {firstStart.TotalMilliseconds:F0} ms
                  host start, warm:                      {warmStart.TotalMilliseconds:F0} ms
                  trigger now -> body started ({runs} runs):  median {Median(toStart):F1} ms, p95 {P95(toStart):F1} ms
                  trigger now -> run recorded ({runs} runs):  median {Median(toRecorded):F1} ms, p95 {P95(toRecorded):F1} ms
                  overview page (50 GETs):                  median {Median(overview):F1} ms, p95 {P95(overview):F1} ms
                  Hangfire succeeded jobs page, {runs} jobs (50 GETs): median {Median(succeeded):F1} ms, p95 {P95(succeeded):F1} ms
                """));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? State(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private static async Task<List<double>> PageTimesAsync(HttpClient client, string page, string expected)
    {
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var clock = Stopwatch.StartNew();
            var html = await client.GetStringAsync(page);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!html.Contains(expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"/{page} does not show \"{expected}\"");
            }
        }

        return times;
    }

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings, INightlyRun body)
    {
        var app = SchedulingHost.Build([], _ => body, settings);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
        while (true)
        {
            using var response = await client.GetAsync("healthz");
            if (response.IsSuccessStatusCode)
            {
                return app;
            }

            await Task.Delay(5);
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double P95(List<double> values) => Percentile(values, 0.95);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>A run body that returns at once and tells when it was entered.</summary>
    private sealed class InstantRun : INightlyRun
    {
        private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task NextStart()
        {
            _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _started.Task;
        }

        public Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            return Task.FromResult(new RunSummary(0, "succeeded", RunCounts.None, [], []));
        }
    }
}
