using System.Diagnostics;
using System.Text;
using Warehouse.Identification;
using Warehouse.Text;

namespace Warehouse.Benchmarks;

/// <summary>
/// `intake [REPORTS]`: reads a national year's worth of reports (default 3,200) through the
/// intake stage (scan, decode, HTML → text, normalise, split, identify). The corpus is the
/// seed files (tests/corpus/seeds) copied into a temporary folder until it holds that
/// many reports, a third each as UTF-8, GB18030 and HTML, so decoding and tag stripping are
/// measured too. Prints files, reports, MB and seconds, single-threaded and over all cores.
/// </summary>
internal static class IntakeBenchmark
{
    public static int Run(string[] args)
    {
        var target = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3200;
        var seeds = CorpusPaths.Seeds;
        var folder = Path.Combine(Path.GetTempPath(), "warehouse-intake-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (files, bytes) = BuildCorpus(seeds, folder, target);
            Console.WriteLine($"corpus: {files} files, {bytes / 1e6:F1} MB in {folder}");

            var reader = new ReportReader();
            Measure("warm-up (first 20 files)", () => reader.Read(Directory.GetFiles(folder).Order().Take(20)).Sum(f => f.Reports.Count), bytes: 0);
            Measure("intake, 1 thread", () => reader.Read(folder).Sum(f => f.Reports.Count), bytes);
            Measure($"intake, {Environment.ProcessorCount} threads", () => Directory.GetFiles(folder).AsParallel().Sum(file => reader.Read(file).Sum(f => f.Reports.Count)), bytes);

            var normalizer = new TextNormalizer();
            var texts = Directory.GetFiles(seeds).Select(File.ReadAllText).ToList();
            var chars = texts.Sum(text => (long)text.Length);
            var sw = Stopwatch.StartNew();
            var rounds = 0;
            while (sw.Elapsed < TimeSpan.FromSeconds(3))
            {
                texts.ForEach(text => normalizer.Normalize(text));
                rounds++;
            }

            Console.WriteLine($"normaliser alone: {chars * rounds / sw.Elapsed.TotalSeconds / 1e6:F1} M chars/s ({rounds} rounds over the seeds)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(string name, Func<int> run, long bytes)
    {
        var sw = Stopwatch.StartNew();
        var reports = run();
        sw.Stop();
        var rate = bytes > 0 ? $", {bytes / 1e6 / sw.Elapsed.TotalSeconds:F1} MB/s, {reports / sw.Elapsed.TotalSeconds:F0} reports/s" : "";
        Console.WriteLine($"{name}: {reports} reports in {sw.Elapsed.TotalSeconds:F2} s{rate}");
    }

    private static (int Files, long Bytes) BuildCorpus(string seeds, string folder, int targetReports)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        var reader = new ReportReader();
        var seedFiles = Directory.GetFiles(seeds).Order(StringComparer.Ordinal).ToList();
        var reportsPerRound = reader.ReadReports(seeds).Count(report => !report.IsNegative);
        var rounds = (targetReports + reportsPerRound - 1) / reportsPerRound;
        Directory.CreateDirectory(folder);
        long bytes = 0;
        var files = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var seed in seedFiles)
            {
                var text = File.ReadAllText(seed);
                var name = $"{round:D4}_{Path.GetFileNameWithoutExtension(seed)}";
                var (path, content) = (files % 3) switch
                {
                    0 => (Path.Combine(folder, name + ".txt"), Encoding.UTF8.GetBytes(text)),
                    1 => (Path.Combine(folder, name + ".txt"), gb18030.GetBytes(text)),
                    _ => (Path.Combine(folder, name + ".html"), Encoding.UTF8.GetBytes(AsHtml(text))),
                };
                File.WriteAllBytes(path, content);
                bytes += content.Length;
                files++;
            }
        }

        return (files, bytes);
    }

    private static string AsHtml(string text) =>
        "<html><head><title>page</title><script>var a = 1 < 2;</script></head><body><nav>首页 &gt; 政务公开</nav>"
        + string.Concat(text.Split('\n').Select(line => "<p>" + System.Net.WebUtility.HtmlEncode(line) + "</p>\n"))
        + "<footer>版权所有</footer></body></html>";
}
