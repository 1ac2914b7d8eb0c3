using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Pipeline;
using Warehouse.Regions;
using Warehouse.Sources;
using Warehouse.Text;

namespace Warehouse.Benchmarks;

/// <summary>
/// `extraction [REPORTS] [SEEDS_DIR]`: throughput of decode + normalise + extract on a corpus of
/// at least 2,000 reports made by replicating the seed reports with other region names and other
/// figures, written to a temp folder. The same run measures a plain read + UTF-8 decode of the
/// same files (the floor any extractor pays) and prints the ratio, then the same pipeline over all
/// cores. Last, what the nightly run does with each file (the same plus hashing, splitting and
/// identifying region, dates and kind): the figure to compare with a run's extract stage.
/// </summary>
public static partial class ExtractionBenchmark
{
    [GeneratedRegex(@"(?<=\d\.)\d+")]
    private static partial Regex DecimalsPattern();

    public static int Run(string[] args)
    {
        var reportCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var seeds = args.Length > 1 ? args[1] : CorpusPaths.Seeds;
        Console.WriteLine($"building a corpus of {reportCount} reports from {seeds} …");
        var seedReports = new ReportReader().ReadReports(seeds)
            .Where(r => !r.IsNegative && r.Region is not null && r.ReportYear is not null)
            .ToList();
        if (seedReports.Count == 0)
        {
            Console.Error.WriteLine($"no seed reports found under {seeds}");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("extraction-benchmark-");
        try
        {
            var corpus = BuildCorpus(seedReports, reportCount, folder.FullName);
            var megabytes = corpus.Sum(c => new FileInfo(c.Path).Length) / 1e6;
            Console.WriteLine($"corpus: {corpus.Count} reports, {megabytes:0.0} MB (UTF-8) in {folder.FullName}");

            var normalizer = new TextNormalizer();
            var extractor = new FactExtractor();
            var intake = new IntakeReportExtractor(new ReportReader(), extractor);

            // Warm up the JIT and the page cache on everything once.
            var facts = ExtractAll(corpus, normalizer, extractor, parallel: true);
            ExtractAsTheRun(corpus, intake, parallel: true);

            var plain = Time(() => PlainDecodeAll(corpus));
            var normalised = Time(() => NormaliseAll(corpus, normalizer));
            var single = Time(() => ExtractAll(corpus, normalizer, extractor, parallel: false));
            var parallel = Time(() => ExtractAll(corpus, normalizer, extractor, parallel: true));
            var runSingle = Time(() => ExtractAsTheRun(corpus, intake, parallel: false));
            var runParallel = Time(() => ExtractAsTheRun(corpus, intake, parallel: true));

            // On a shared machine wall time counts other people's work too; CPU time is ours alone.
            Console.WriteLine($"facts extracted: {facts} ({facts / (double)corpus.Count:0.0} per report); load average {LoadAverage()}");
            Console.WriteLine("                                        wall clock        CPU time");
            Report("read + UTF-8 decode, 1 core", megabytes, plain);
            Report("decode + normalise, 1 core", megabytes, normalised);
            Report("decode + normalise + extract, 1 core", megabytes, single);
            Console.WriteLine($"ratio to read + decode:                 {single.Wall / plain.Wall,5:0.0}x slower      {single.Cpu / plain.Cpu,5:0.0}x slower");
            Report($"decode + normalise + extract, {Environment.ProcessorCount} cores", megabytes, parallel);
            Console.WriteLine($"reports per second, {Environment.ProcessorCount} cores: {corpus.Count / parallel.Wall:0}");
            Report("as the run (+ hash, split, identify), 1 core", megabytes, runSingle);
            Report($"as the run, {Environment.ProcessorCount} cores", megabytes, runParallel);
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One synthetic report on disk: its region and years stand in for intake's identification.</summary>
    private sealed record CorpusReport(string Path, Region Region, int ReportYear, int ReviewYear);

    private static List<CorpusReport> BuildCorpus(List<WorkReport> seeds, int count, string folder)
    {
        var counties = Gazetteer.Load().All
            .Where(r => r.Level == RegionLevel.County)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var corpus = new List<CorpusReport>(count);
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            var region = counties[(i * 7919) % counties.Count];
            // Other region, other figures: the same report shapes with different content.
            var raw = seed.Text.Raw.Replace(seed.Region!.Name, region.Name, StringComparison.Ordinal);
            raw = DecimalsPattern().Replace(raw, m => ShiftDigits(m.Value, i));
            var path = Path.Combine(folder, $"{i:D5}.txt");
            File.WriteAllText(path, raw, new UTF8Encoding(false));
            corpus.Add(new CorpusReport(path, region, seed.ReportYear!.Value, seed.ReviewYear ?? seed.ReportYear!.Value - 1));
        }

        return corpus;
    }

    private static string ShiftDigits(string digits, int shift) =>
        string.Create(digits.Length, (digits, shift), (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                span[k] = (char)('0' + ((state.digits[k] - '0' + state.shift + k) % 10));
            }
        });

    private static long PlainDecodeAll(List<CorpusReport> corpus)
    {
        long characters = 0;
        foreach (var report in corpus)
        {
            characters += Encoding.UTF8.GetString(File.ReadAllBytes(report.Path)).Length;
        }

        return characters;
    }

    private static long NormaliseAll(List<CorpusReport> corpus, TextNormalizer normalizer)
    {
        long characters = 0;
        foreach (var report in corpus)
        {
            characters += normalizer.Normalize(TextDecoder.Decode(File.ReadAllBytes(report.Path)).Text ?? "").Text.Length;
        }

        return characters;
    }

    private static long ExtractAll(List<CorpusReport> corpus, TextNormalizer normalizer, FactExtractor extractor, bool parallel)
    {
        long facts = 0;
        if (parallel)
        {
            Parallel.ForEach(corpus, report => Interlocked.Add(ref facts, ExtractOne(report, normalizer, extractor)));
        }
        else
        {
            foreach (var report in corpus)
            {
                facts += ExtractOne(report, normalizer, extractor);
            }
        }

        return facts;
    }

    private static int ExtractOne(CorpusReport source, TextNormalizer normalizer, FactExtractor extractor)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(source.Path));
        var text = normalizer.Normalize(decoded.Text ?? "");
        var report = new WorkReport(source.Path, "", 0, 0, text, source.Region, source.Region.Name,
            source.ReportYear, source.ReviewYear, null, null, null, []);
        return extractor.Extract(report).Count;
    }

    /// <summary>
    /// The nightly run's work per file (<see cref="IntakeReportExtractor"/>): the above plus the
    /// content hash, splitting, and identifying each report's kind, region and dates, which adds
    /// about half again to the work per file.
    /// </summary>
    private static long ExtractAsTheRun(List<CorpusReport> corpus, IntakeReportExtractor intake, bool parallel)
    {
        long facts = 0;
        if (parallel)
        {
            Parallel.ForEach(corpus, report => Interlocked.Add(ref facts, intake.Extract(report.Path).Reports.Sum(r => r.Facts.Count)));
        }
        else
        {
            foreach (var report in corpus)
            {
                facts += intake.Extract(report.Path).Reports.Sum(r => r.Facts.Count);
            }
        }

        return facts;
    }

    private static (double Wall, double Cpu) Time(Func<long> action)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static void Report(string what, double megabytes, (double Wall, double Cpu) time) =>
        Console.WriteLine($"{what + ":",-40}{megabytes / time.Wall,6:0.0} MB/s ({time.Wall:0.00} s) {megabytes / time.Cpu,6:0.0} MB/s ({time.Cpu:0.00} s)");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

}
