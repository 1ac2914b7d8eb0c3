using System.Diagnostics;
using System.Globalization;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Regions;

namespace Warehouse.Benchmarks;

/// <summary>
/// The warehouse's two speed bars:
///   load     1,000,000 facts (20,000 documents of 50 facts, in batches of LoadBatchLimits.Default files) into a new file: under 5 s;
///   nightly  a run over 3,000 report files of which none is new or changed: under 3 s.
/// `dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- loading [facts] [files]`
/// </summary>
public static class LoadingBenchmark
{
    private const int FactsPerDocument = 50;

    public static int Run(string[] args)
    {
        var facts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000;
        var folder = Directory.CreateTempSubdirectory("warehouse-loading-bench-").FullName;
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            var loadSeconds = Load(Path.Combine(folder, "load.duckdb"), facts);
            var nightlySeconds = Nightly(Path.Combine(folder, "nightly"), files);
            var ok = loadSeconds < 5 && nightlySeconds < 3;
            Console.WriteLine(ok ? "both bars met" : "a bar was missed");
            return ok ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Load(string databasePath, int factCount)
    {
        var regions = Gazetteer.Load().All.Select(region => region.Code).Order(StringComparer.Ordinal).ToArray();
        var documents = factCount / FactsPerDocument;
        var batches = Enumerable.Range(0, documents)
            .Select(index => SyntheticFile(index, regions[index % regions.Length]))
            .Chunk(LoadBatchLimits.Default.Files)
            .ToList();

        using var session = WarehouseFile.BeginWrite(databasePath, createIfMissing: true);
        new SchemaMigrator().Migrate(session.Connection);
        var replacing = new HashSet<string>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var loaded = batches.Sum(batch => DocumentLoader.Load(session.Connection, batch, replacing, 1, DateTime.UtcNow));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        session.Publish();
        var totalSeconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {loaded:N0} facts in {documents:N0} documents, {batches.Count} transactions: {loadSeconds:F2} s ({loaded / loadSeconds:N0} facts/s); " +
            $"with checkpoint + publish {totalSeconds:F2} s wall, {cpuSeconds:F2} s CPU; file {new FileInfo(databasePath).Length / 1e6:F0} MB"));
        return totalSeconds;
    }

    private static double Nightly(string folder, int fileCount)
    {
        var input = Path.Combine(folder, "input");
        Directory.CreateDirectory(input);
        var gazetteer = Gazetteer.Load();
        var counties = gazetteer.All.Where(region => region.Level == RegionLevel.County).OrderBy(region => region.Code, StringComparer.Ordinal).ToList();
        for (var index = 0; index < fileCount; index++)
        {
            var region = counties[index % counties.Count];
            var year = 2015 + (index / counties.Count);
            File.WriteAllText(Path.Combine(input, $"{region.Code}-{year}.txt"), SyntheticReport(region.Name, year, index));
        }

        var databasePath = Path.Combine(folder, "warehouse.duckdb");
        var options = new RunOptions([input], databasePath, null);
        var clock = Stopwatch.StartNew();
        var first = DefaultNightlyRun.Create().Execute(options, null, CancellationToken.None);
        var firstSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nightly, first run: {first.Counts.FilesNew:N0} new files, {first.Counts.FactsLoaded:N0} facts: {firstSeconds:F2} s (extraction included)"));

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var second = DefaultNightlyRun.Create().Execute(options, null, CancellationToken.None);
        var secondSeconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nightly, nothing new: {second.Counts.FilesSeen:N0} files seen, {second.Counts.FilesUnchanged:N0} unchanged, {second.Counts.FactsLoaded} facts loaded: {secondSeconds:F2} s wall, {cpuSeconds:F2} s CPU"));
        return secondSeconds;
    }

    private static FileToLoad SyntheticFile(int index, string regionCode)
    {
        var year = 2010 + (index % 15);
        var facts = Enumerable.Range(0, FactsPerDocument)
            .Select(n => new Fact(
                Indicators[n % Indicators.Length],
                (FactKind)(n / Indicators.Length % 4),
                year - 1 + (n / (Indicators.Length * 4)),
                (Measure)(n % 3),
                n * 1.5 + index % 97,
                n % 7 == 0 ? n * 1.5 + 1 : null,
                "亿元",
                (Qualifier)(n % 4),
                n % 11 == 0,
                null,
                null,
                "全县地区生产总值完成248.6亿元,增长5.2%",
                n * 40,
                n * 40 + 22,
                0.9))
            .ToList();
        return new FileToLoad($"/bench/input/{index:D6}.txt", index.ToString("x64", CultureInfo.InvariantCulture), 12_000, DateTime.UtcNow,
        [
            new ReportToLoad(0, 0, $"{year}年政府工作报告", regionCode, null, year, year - 1, null, DocumentKind.FullReport, null, null, facts),
        ]);
    }

    private static readonly string[] Indicators =
        ["gdp", "industrial_va", "fai", "retail", "budget_revenue", "tax_revenue", "urban_income", "rural_income", "trade", "cpi", "unemployment", "grain_output"];

    /// <summary>A short invented report in the usual shape (see samples/), numbers varied per file.</summary>
    private static string SyntheticReport(string regionName, int year, int seed)
    {
        var growth = 4 + seed % 50 / 10.0;
        return string.Create(CultureInfo.InvariantCulture, $"""
            {regionName}{year}年政府工作报告

            各位代表：

            现在，我代表人民政府向大会报告工作，请予审议。

            一、{year - 1}年工作回顾

            过去一年，全年实现地区生产总值{100 + seed % 400}.{seed % 10}亿元，增长{growth:F1}%；规模以上工业增加值增长{growth + 1:F1}%；固定资产投资增长{growth + 2:F1}%；社会消费品零售总额{30 + seed % 60}.{seed % 7}亿元，增长{growth - 0.5:F1}%；地方一般公共预算收入{5 + seed % 20}.{seed % 9}亿元，增长{growth - 1:F1}%。

            二、{year}年主要目标任务

            今年经济社会发展的主要预期目标是：地区生产总值增长{growth:F1}%左右；规模以上工业增加值增长{growth + 1:F1}%以上；固定资产投资增长{growth + 2:F1}%。

            各位代表，让我们团结奋斗，努力完成全年目标任务！
            """);
    }
}
