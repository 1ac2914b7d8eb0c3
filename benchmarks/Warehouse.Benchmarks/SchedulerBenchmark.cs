using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Scheduling;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Jobs;

namespace Warehouse.Benchmarks;

/// <summary>
/// `scheduler [runs] [history-rows]`: what the scheduler itself costs around the nightly run, on
/// the default SQLite job store: host start (first, which creates the schema, and warm),
/// "run now" → run body started → run recorded, history writes, and the dashboard page over a
/// long history. The run body does nothing, so every figure is the scheduler's own.
/// </summary>
public static class SchedulerBenchmark
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var historyRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        return RunAsync(runs, historyRows).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int runs, int historyRows)
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
                ["Warehouse:Cron"] = "0 0 2 1 1 ? 2099",
                ["Warehouse:Retry:Count"] = "0",
                ["Warehouse:Dashboard:Port"] = "5987",
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

            var jobs = app.Services.GetRequiredService<JobControl>();
            var history = app.Services.GetRequiredService<RunHistory>();
            var toStart = new List<double>();
            var toRecorded = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = body.NextStart();
                clock.Restart();
                var result = await jobs.RunNowAsync(JobKeys.Nightly, "benchmark", CancellationToken.None);
                if (!result.Started)
                {
                    throw new InvalidOperationException(result.Message);
                }

                await started;
                toStart.Add(clock.Elapsed.TotalMilliseconds);
                while ((await history.LatestAsync(1, CancellationToken.None)) is not [{ IsRunning: false }] || (await history.LatestAsync(runs, CancellationToken.None)).Count < i + 1)
                {
                    await Task.Delay(2);
                }

                toRecorded.Add(clock.Elapsed.TotalMilliseconds);
                // The job is still completing in Quartz for a moment after it wrote its row.
                while ((await jobs.ListAsync(CancellationToken.None)).Single().Running)
                {
                    await Task.Delay(2);
                }
            }

            clock.Restart();
            var summary = new RunSummary(0, "succeeded", new RunCounts(3000, 10, 5, 2980, 5, 0, 4200), ["a.txt: not a work report"], []);
            for (var i = 0; i < historyRows; i++)
            {
                var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
                await history.StartAsync(id, "bench", "node", "scheduled", 0, CancellationToken.None);
                await history.FinishAsync(id, summary, CancellationToken.None);
            }

            var writes = clock.Elapsed;

            using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5987/") };
            var pages = new List<double>();
            for (var i = 0; i < 50; i++)
            {
                clock.Restart();
                var page = await client.GetStringAsync("");
                pages.Add(clock.Elapsed.TotalMilliseconds);
                if (!page.Contains("bench-", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("the dashboard did not list the history");
                }
            }

            await app.StopAsync();
            await app.DisposeAsync();

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                scheduler benchmark (SQLite job store, instant run body, {Environment.ProcessorCount} cores)
                  host start, first (creates schema): {firstStart.TotalMilliseconds:F0} ms
                  host start, warm:                   {warmStart.TotalMilliseconds:F0} ms
                  run now -> body started ({runs} runs):  median {Median(toStart):F1} ms, p95 {P95(toStart):F1} ms
                  run now -> run recorded ({runs} runs):  median {Median(toRecorded):F1} ms, p95 {P95(toRecorded):F1} ms
                  history: {historyRows} runs written (start + finish) in {writes.TotalSeconds:F2} s = {historyRows / writes.TotalSeconds:F0} runs/s
                  dashboard page over {historyRows + runs} runs (50 GETs): median {Median(pages):F1} ms, p95 {P95(pages):F1} ms
                """));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings, INightlyRun body)
    {
        var app = SchedulingHost.Build([], _ => body, settings);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5987/") };
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
