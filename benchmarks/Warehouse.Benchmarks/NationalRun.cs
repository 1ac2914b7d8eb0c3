using System.Diagnostics;
using System.Text.Json;
using Warehouse.Pipeline;

namespace Warehouse.Benchmarks;

/// <summary>
/// `national-run --db PATH --out DIR --input DIR...`: one nightly run in a process of its own, so
/// that its peak memory is its own: prints its stages as they end (stderr) and, last, one JSON
/// line with the summary, wall and CPU time and peak resident set size (stdout).
/// </summary>
internal static class NationalRun
{
    public static int Run(string[] args)
    {
        var inputs = args.Select((arg, index) => (arg, index)).Where(pair => pair.index > 0 && args[pair.index - 1] == "--input").Select(pair => pair.arg).ToList();
        var options = new RunOptions(inputs, NationalCorpus.StringArgument(args, "--db")!, NationalCorpus.StringArgument(args, "--out"));
        var clock = Stopwatch.StartNew();
        var progress = new StageLines();
        RunSummary summary;
        using (new Timer(_ => progress.SampleMemory(), null, 0, 100))
        {
            summary = DefaultNightlyRun.Create().Execute(options, progress, CancellationToken.None);
        }

        var result = new NationalRunResult(
            summary.RunId,
            summary.Status,
            summary.Counts.FilesSeen,
            summary.Counts.FilesNew + summary.Counts.FilesChanged,
            summary.Counts.FilesSkipped,
            summary.Counts.FactsLoaded,
            summary.Workbooks.Count,
            summary.Stages.ToDictionary(stage => stage.Stage, stage => stage.Elapsed.TotalSeconds),
            clock.Elapsed.TotalSeconds,
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
            PeakResidentBytes(),
            progress.PeakByStage,
            summary.Errors.Count);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>VmHWM: the most resident memory the process had at any moment, as the kernel counted it.</summary>
    public static long PeakResidentBytes() => Status("VmHWM:");

    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>One line per stage change on stderr, so the parent shows the run as it goes; the most memory seen in each stage.</summary>
    private sealed class StageLines : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string? _stage;

        public Dictionary<string, long> PeakByStage { get; } = [];

        /// <summary>Resident memory now (VmRSS), counted against the stage under way.</summary>
        public void SampleMemory()
        {
            var resident = Status("VmRSS:");
            lock (_gate)
            {
                var stage = _stage ?? "start";
                PeakByStage[stage] = Math.Max(PeakByStage.GetValueOrDefault(stage), resident);
            }
        }

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                if (value.Stage != _stage || value.Done % 10_000 == 0)
                {
                    _stage = value.Stage;
                    Console.Error.WriteLine($"    {_clock.Elapsed.TotalSeconds,7:0.0} s  {value.Stage} {value.Done:N0}/{value.Total:N0}");
                }
            }
        }
    }
}

/// <summary>What a <see cref="NationalRun"/> prints last.</summary>
internal sealed record NationalRunResult(
    long? RunId,
    string Status,
    int FilesSeen,
    int FilesLoaded,
    int FilesSkipped,
    int FactsLoaded,
    int WorkbooksWritten,
    Dictionary<string, double> Stages,
    double WallSeconds,
    double CpuSeconds,
    long PeakResidentBytes,
    Dictionary<string, long> PeakResidentByStage,
    int Errors)
{
    public double Stage(string name) => Stages.GetValueOrDefault(name);
}
