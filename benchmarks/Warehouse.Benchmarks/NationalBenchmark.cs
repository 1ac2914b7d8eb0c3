using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Sql;

namespace Warehouse.Benchmarks;

/// <summary>
/// `national [--years N] [--corpus DIR] [--keep]`: the national corpus (generated first when
/// missing, see <see cref="NationalCorpus"/>) from raw files to the warehouse and every year's
/// workbook, each run a `warehouse run` in a process of its own (<see cref="NationalRun"/>):
///   1. one year (the reports of one full year), for comparison;
///   2. all N years: the first run, stage by stage;
///   3. the same again with nothing new: must write nothing;
///   4. with the 300 late reports added: must rewrite only the workbooks of the years they touch;
/// then the anchors on the same bytes and facts (a plain read + UTF-8 decode, beside the run's extract stage;
/// DuckDB's own read_json of the facts the run loaded), each reporting query's time and plan at
/// one year and at N years (EXPLAIN ANALYZE), and the bars of issue 15. Temporary files go to a
/// temp folder, removed at the end unless --keep.
/// </summary>
internal static class NationalBenchmark
{
    private static readonly string[] QuadraticJoins = ["NESTED_LOOP_JOIN", "PIECEWISE_MERGE_JOIN", "BLOCKWISE_NL_JOIN", "CROSS_PRODUCT"];

    public static int Run(string[] args)
    {
        var years = NationalCorpus.StringArgument(args, "--years") is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : 20;
        var corpus = NationalCorpus.Ensure(NationalCorpus.StringArgument(args, "--corpus") ?? NationalCorpus.DefaultFolder(years), years);
        Console.WriteLine(corpus.Describe());
        Console.WriteLine(Machine());
        var loadAtStart = LoadAverage();
        var work = Directory.CreateTempSubdirectory("national-benchmark-").FullName;
        try
        {
            var dataYear = corpus.LastReportYear - 2;
            var oneYearInput = corpus.YearFolder(dataYear + 1);
            Console.WriteLine($"\n1. one year: the {dataYear + 1} reports ({Directory.EnumerateFiles(oneYearInput, "*", SearchOption.AllDirectories).Count():N0} files)");
            var one = Child(work, "one-year", [oneYearInput]);

            // The late reports' folder joins the input only once it holds them: an empty input
            // folder is a problem of the run (it looks like an unmounted share), which is then partial.
            var incoming = Path.Combine(work, "incoming");
            Console.WriteLine($"\n2. all {years} years, first run");
            var all = Child(work, "all", [corpus.ReportsFolder]);
            var database = Path.Combine(work, "all", "warehouse.duckdb");
            var workbooks = Path.Combine(work, "all", "workbooks");
            PrintContent(database);

            Console.WriteLine("\n3. the same input again, nothing new");
            var before = Stamps(workbooks, database);
            var idle = Child(work, "all", [corpus.ReportsFolder]);
            var idleChanged = Changed(before, Stamps(workbooks, database));

            Console.WriteLine($"\n4. {corpus.LateReports} late reports added");
            CopyTree(corpus.LateFolder, incoming);
            before = Stamps(workbooks, database);
            var late = Child(work, "all", [corpus.ReportsFolder, incoming]);
            var lateChanged = Changed(before, Stamps(workbooks, database));
            var touched = TouchedYears(database, incoming);

            Console.WriteLine("\n5. anchors on the same bytes and facts");
            var files = Directory.EnumerateFiles(corpus.ReportsFolder, "*.txt", SearchOption.AllDirectories).ToList();
            var decode = Time(() => files.AsParallel().Sum(path => (long)Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length));
            Console.WriteLine($"  read + UTF-8 decode, {Environment.ProcessorCount} cores:        {decode.Wall,7:0.0} s  ({corpus.Bytes / 1e6 / decode.Wall:0} MB/s)");
            // Extraction is the run's own extract stage (read, decode, identify, extract on every core).
            var extraction = all.Stage("extract");
            Console.WriteLine($"  the run's extract stage:               {extraction,7:0.0} s  ({corpus.Bytes / 1e6 / extraction:0} MB/s, {files.Count / extraction:0} reports/s)");
            var readJson = ReadJson(database, work);
            Console.WriteLine($"  DuckDB read_json of the loaded rows:   {readJson,7:0.0} s  (documents, facts, rank claims into the warehouse tables + checkpoint)");

            Console.WriteLine($"\n6. reporting queries for data year {dataYear}, EXPLAIN ANALYZE at one year and at {years} years");
            var plans = ComparePlans(Path.Combine(work, "one-year", "warehouse.duckdb"), database, dataYear);

            // The runs' averages mix full workbooks with the newest year's, which holds only targets;
            // the same data year's workbook from both warehouses compares like with like.
            Console.WriteLine($"\n7. the workbook of data year {dataYear} (same regions), written from each warehouse, best of 3");
            var sameYearOne = WorkbookSeconds(Path.Combine(work, "one-year", "warehouse.duckdb"), dataYear, Path.Combine(work, "same-year-one"));
            var sameYearAll = WorkbookSeconds(database, dataYear, Path.Combine(work, "same-year-all"));
            Console.WriteLine($"  one year: {sameYearOne:0.00} s, {years} years: {sameYearAll:0.00} s");

            var loadAtEnd = LoadAverage();
            var ourLoad = all.Stage("load") + all.Stage("publish");
            var perWorkbookOne = one.Stage("report") / Math.Max(1, one.WorkbooksWritten);
            var perWorkbookAll = all.Stage("report") / Math.Max(1, all.WorkbooksWritten);
            var coreSeconds = extraction * Environment.ProcessorCount;
            Console.WriteLine($"\nfigures ({DateTime.UtcNow:yyyy-MM-dd}; load average {loadAtStart} at the start, {loadAtEnd} at the end: above {Environment.ProcessorCount} the wall times wait for a core)");
            Console.WriteLine($"  single-machine ceiling: {files.Count / coreSeconds:0.0} reports per second per core (the run's extract stage), {corpus.Bytes / 1e6 / coreSeconds:0.0} MB/s per core");
            var bars = new List<(string Bar, bool Met, string Figure)>
            {
                ($"{years} years raw → warehouse → every workbook ≤ 120 s", all.WallSeconds <= 120,
                    $"{all.WallSeconds:0.0} s ({Stages(all)}; process {all.ProcessSeconds:0.0} s)"),
                ($"reporting linear: the {dataYear} workbook at {years} years ≤ 1.5× at one year", sameYearAll <= 1.5 * sameYearOne,
                    $"{sameYearAll:0.00} s vs {sameYearOne:0.00} s = {sameYearAll / sameYearOne:0.00}× (the runs' averages: {perWorkbookAll:0.00} s over {all.WorkbooksWritten} workbooks vs {perWorkbookOne:0.00} s over {one.WorkbooksWritten})"),
                ("no nested-loop or piecewise join in any reporting plan", plans.All(plan => plan.SlowJoins.Count == 0),
                    string.Join(", ", plans.Where(plan => plan.SlowJoins.Count > 0).Select(plan => $"{plan.Query}: {string.Join('/', plan.SlowJoins)}").DefaultIfEmpty("none"))),
                ("nothing new ≤ 1 s and writes nothing", idle.WallSeconds <= 1 && idleChanged.Count == 0 && idle.RunId is null,
                    $"{idle.WallSeconds:0.00} s in the run ({idle.ProcessSeconds:0.00} s with process start), {idleChanged.Count} files rewritten"),
                ($"{corpus.LateReports} files added ≤ 10 s, only the workbooks of the years they touch", late.WallSeconds <= 10 && lateChanged.Where(p => p.EndsWith(".xlsx", StringComparison.Ordinal)).All(p => touched.Any(year => p.EndsWith($"-{year}.xlsx", StringComparison.Ordinal))),
                    $"{late.WallSeconds:0.0} s ({Stages(late)}); rewrote {string.Join(", ", lateChanged.Select(Path.GetFileName))}; their documents touch data years {string.Join(", ", touched)}"),
                ("peak RSS ≤ 1.5 GiB and ≤ 1.3× one year's", all.PeakResidentBytes <= 1.5 * (1L << 30) && all.PeakResidentBytes <= 1.3 * one.PeakResidentBytes,
                    $"{all.PeakResidentBytes / 1048576.0:0} MiB vs {one.PeakResidentBytes / 1048576.0:0} MiB = {(double)all.PeakResidentBytes / one.PeakResidentBytes:0.00}×"),
                ("extraction ≤ 5× read + decode", extraction <= 5 * decode.Wall,
                    $"{extraction:0.0} s vs {decode.Wall:0.0} s = {extraction / decode.Wall:0.0}×"),
                ("loading ≤ 2× DuckDB read_json", ourLoad <= 2 * readJson,
                    $"load + publish {ourLoad:0.0} s vs {readJson:0.0} s = {ourLoad / readJson:0.0}×"),
            };
            foreach (var (bar, met, figure) in bars)
            {
                Console.WriteLine($"  [{(met ? "met" : "MISSED")}] {bar}: {figure}");
            }

            return bars.All(bar => bar.Met) ? 0 : 1;
        }
        finally
        {
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Runs `national-run` in a child process on the warehouse and workbooks in work/<paramref name="name"/>.</summary>
    private static ChildResult Child(string work, string name, IReadOnlyList<string> inputs)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "national-run", "--db", Path.Combine(folder, "warehouse.duckdb"), "--out", Path.Combine(folder, "workbooks") }
            .Concat(inputs.SelectMany(input => new[] { "--input", input })))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var processSeconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"national-run {name} exited with {process.ExitCode}: {output}");
        }

        var result = JsonSerializer.Deserialize<NationalRunResult>(output.Trim().Split('\n')[^1])!;
        var child = new ChildResult(result, processSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  run {result.RunId?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} {result.Status}: {result.FilesSeen:N0} files seen, {result.FilesLoaded:N0} loaded, {result.FilesSkipped:N0} skipped, " +
            $"{result.FactsLoaded:N0} facts, {result.WorkbooksWritten} workbooks written; {result.WallSeconds:0.00} s wall, {result.CpuSeconds:0.0} s CPU, " +
            $"peak RSS {result.PeakResidentBytes / 1048576.0:0} MiB (sampled, by stage, of which managed heap: {string.Join(", ", result.PeakResidentByStage.Select(pair => $"{pair.Key} {pair.Value / 1048576.0:0} ({result.PeakManagedByStage.GetValueOrDefault(pair.Key) / 1048576.0:0})"))}; " +
            $"mapped files, such as code, at most {result.PeakFileBackedBytes / 1048576.0:0})\n  stages: {Stages(child)}; load average {LoadAverage()}"));
        return child;
    }

    private static string Stages(ChildResult run) =>
        string.Join(", ", run.Result.Stages.Select(stage => string.Create(CultureInfo.InvariantCulture, $"{stage.Key} {stage.Value:0.00} s")));

    private static void PrintContent(string database)
    {
        using var connection = WarehouseFile.OpenReadOnly(database);
        var (documents, withRegion, facts, targets, rankClaims) = connection.QuerySingle<(long, long, long, long, long)>(
            """
            SELECT (SELECT count(*) FROM dim_document) AS documents,
                   (SELECT count(*) FROM dim_document WHERE region_code IS NOT NULL) AS with_region,
                   (SELECT count(*) FROM fact_indicator) AS facts,
                   (SELECT count(*) FROM fact_indicator WHERE kind = 'target') AS targets,
                   (SELECT count(*) FROM fact_rank_claim) AS rank_claims
            """);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warehouse: {documents:N0} reports ({withRegion:N0} with their region), {facts:N0} facts ({targets:N0} targets), {rankClaims:N0} rank claims; file {new FileInfo(database).Length / 1e6:0} MB"));
    }

    /// <summary>Modification time of the warehouse and of every workbook, to see what a run rewrote.</summary>
    private static Dictionary<string, DateTime> Stamps(string workbooks, string database) =>
        Directory.GetFiles(workbooks, "*.xlsx").Append(database).ToDictionary(path => path, File.GetLastWriteTimeUtc);

    private static List<string> Changed(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        after.Where(pair => !before.TryGetValue(pair.Key, out var stamp) || stamp != pair.Value).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The data years whose workbooks show something of the added files' documents: the year they
    /// review, every year they state a fact or claim a rank about, the year before each target.
    /// </summary>
    private static List<int> TouchedYears(string database, string incoming)
    {
        using var connection = WarehouseFile.OpenReadOnly(database);
        return connection.Query<int>(
            """
            WITH added AS (SELECT document_id, coalesce(review_year, report_year - 1) AS reviewed FROM dim_document WHERE starts_with(source_path, $folder))
            SELECT reviewed FROM added WHERE reviewed IS NOT NULL
            UNION SELECT f.year FROM fact_indicator f JOIN added USING (document_id)
            UNION SELECT f.year - 1 FROM fact_indicator f JOIN added USING (document_id) WHERE f.kind = 'target'
            UNION SELECT c.year FROM fact_rank_claim c JOIN added USING (document_id)
            ORDER BY 1
            """,
            new { folder = incoming }).AsList();
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>
    /// DuckDB's own way in: the documents, facts and rank claims the run loaded, exported as
    /// newline-delimited JSON, read back with read_json into the same tables of a new file and
    /// checkpointed. Only the reading back is timed.
    /// </summary>
    private static double ReadJson(string database, string work)
    {
        var tables = new[] { "dim_document", "fact_indicator", "fact_rank_claim" };
        using (var source = WarehouseFile.OpenReadOnly(database))
        {
            foreach (var table in tables)
            {
                // Table names and paths are the benchmark's own, never input.
                source.Execute($"COPY {table} TO '{Path.Combine(work, table + ".json")}' (FORMAT json)");
            }
        }

        using var target = new DuckDBConnection($"Data Source={Path.Combine(work, "read_json.duckdb")}");
        target.Open();
        new SchemaMigrator().Migrate(target);
        var clock = Stopwatch.StartNew();
        foreach (var table in tables)
        {
            target.Execute($"INSERT INTO {table} BY NAME SELECT * FROM read_json('{Path.Combine(work, table + ".json")}')");
        }

        target.Execute(SqlFiles.Get("loading/checkpoint"));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Each reporting query under EXPLAIN ANALYZE on both warehouses: its time and any join that grows with the square of the rows.</summary>
    private static List<PlanCheck> ComparePlans(string oneYear, string allYears, int year)
    {
        using var small = WarehouseFile.OpenReadOnly(oneYear);
        using var large = WarehouseFile.OpenReadOnly(allYears);
        var checks = new List<PlanCheck>();
        Console.WriteLine("  query                          one year   all years   ratio   joins that grow with the square");
        foreach (var name in SqlFiles.In("reporting").Where(name => !name.StartsWith("reporting/settings/", StringComparison.Ordinal)))
        {
            var (smallSeconds, _) = Explain(small, name, year);
            var (largeSeconds, plan) = Explain(large, name, year);
            var slow = QuadraticJoins.Where(join => plan.Contains(join, StringComparison.Ordinal)).ToList();
            checks.Add(new PlanCheck(name, slow));
            Console.WriteLine($"  {name["reporting/".Length..],-28} {smallSeconds,8:0.000} s {largeSeconds,9:0.000} s {largeSeconds / smallSeconds,6:0.0}×   {string.Join(", ", slow.DefaultIfEmpty("none"))}");
        }

        return checks;
    }

    private static (double Seconds, string Plan) Explain(DuckDBConnection connection, string name, int year)
    {
        var sql = SqlFiles.Get(name);
        var parameters = new DynamicParameters();
        if (sql.Contains("$year", StringComparison.Ordinal))
        {
            parameters.Add("year", year);
        }

        var clock = Stopwatch.StartNew();
        var rows = connection.Query("EXPLAIN ANALYZE " + sql, parameters).AsList().Cast<IDictionary<string, object>>().ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, string.Join('\n', rows.SelectMany(row => row.Values.Select(value => value?.ToString()))));
    }

    /// <summary>The best wall time of three writes of one year's workbook, from the warehouse opened read-only.</summary>
    private static double WorkbookSeconds(string database, int year, string output)
    {
        using var connection = WarehouseFile.OpenReadOnly(database);
        return Enumerable.Range(0, 3).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            new RankingWorkbooks(rewriteUnchanged: true).Write(connection, output, year, error => throw new InvalidOperationException(error), null, CancellationToken.None);
            return clock.Elapsed.TotalSeconds;
        });
    }

    private static (double Wall, double Cpu, long Result) Time(Func<long> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = action();
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, result);
    }

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        using var duckdb = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString);
        duckdb.Open();
        return string.Create(CultureInfo.InvariantCulture,
            $"machine: {cpu}, {Environment.ProcessorCount} cores, {long.Parse(memory, CultureInfo.InvariantCulture) / 1048576.0:0} GiB; {Environment.OSVersion}; .NET {Environment.Version}; DuckDB {duckdb.ServerVersion}");
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private sealed record ChildResult(NationalRunResult Result, double ProcessSeconds)
    {
        public long? RunId => Result.RunId;

        public double WallSeconds => Result.WallSeconds;

        public int WorkbooksWritten => Result.WorkbooksWritten;

        public long PeakResidentBytes => Result.PeakResidentBytes;

        public double Stage(string name) => Result.Stage(name);
    }

    private sealed record PlanCheck(string Query, IReadOnlyList<string> SlowJoins);
}
