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
        var memory = new MemorySamples();
        RunSummary summary;
        using (new Timer(_ => memory.Sample(), null, 0, 100))
        {
            summary = DefaultNightlyRun.Create().Execute(options, progress, CancellationToken.None);
        }

        var (residentByStage, managedByStage) = memory.PeaksBy(summary.Stages);

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
            memory.PeakFileBacked,
            residentByStage,
            managedByStage,
            summary.Errors.Count);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>VmHWM: the most resident memory the process had at any moment, as the kernel counted it.</summary>
    public static long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>VmRSS: the resident memory now.</summary>
    public static long ResidentBytes() => Status("VmRSS:");

    private static long Status(string field) => Status(field, File.ReadLines("/proc/self/status"));

    private static long Status(string field, IEnumerable<string> status)
    {
        var line = status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>One line per stage change on stderr, so the parent shows the run as it goes.</summary>
    private sealed class StageLines : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string? _stage;

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

    /// <summary>
    /// Resident memory and the managed heap every 100 ms, told to the stages afterwards by the run's
    /// own stage times. Progress messages cannot tell them: the report stage's first one comes when
    /// its first workbooks are written, so labelling by the last message counted those workbooks as
    /// loading. Extraction and loading interleave, so they share one label.
    /// </summary>
    private sealed class MemorySamples
    {
        private readonly Lock _gate = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<(TimeSpan At, long Resident, long Managed)> _samples = [];

        /// <summary>The most resident memory of mapped files seen: about the same in any run, so it weighs on a ratio of two runs' peaks.</summary>
        public long PeakFileBacked { get; private set; }

        public void Sample()
        {
            // VmRSS, and RssFile: the resident pages of mapped files (the runtime's, DuckDB's and our code), as against data.
            var status = File.ReadAllLines("/proc/self/status");
            var sample = (_clock.Elapsed, Status("VmRSS:", status), GC.GetTotalMemory(forceFullCollection: false));
            var fileBacked = Status("RssFile:", status);
            lock (_gate)
            {
                _samples.Add(sample);
                PeakFileBacked = Math.Max(PeakFileBacked, fileBacked);
            }
        }

        /// <summary>The largest resident memory and managed heap (live objects and garbage not yet collected) in each stage.</summary>
        public (Dictionary<string, long> Resident, Dictionary<string, long> Managed) PeaksBy(IReadOnlyList<StageTime> stages)
        {
            var ends = new List<(string Stage, TimeSpan End)>();
            var end = TimeSpan.Zero;
            foreach (var stage in stages)
            {
                end += stage.Elapsed;
                var name = stage.Stage is "extract" or "load" ? "extract+load" : stage.Stage;
                ends.Add((name, end));
            }

            var resident = new Dictionary<string, long>();
            var managed = new Dictionary<string, long>();
            lock (_gate)
            {
                foreach (var (at, residentBytes, managedBytes) in _samples)
                {
                    var stage = ends.FirstOrDefault(pair => at <= pair.End).Stage ?? "end";
                    resident[stage] = Math.Max(resident.GetValueOrDefault(stage), residentBytes);
                    managed[stage] = Math.Max(managed.GetValueOrDefault(stage), managedBytes);
                }
            }

            return (resident, managed);
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
    long PeakFileBackedBytes,
    Dictionary<string, long> PeakResidentByStage,
    Dictionary<string, long> PeakManagedByStage,
    int Errors)
{
    public double Stage(string name) => Stages.GetValueOrDefault(name);
}
