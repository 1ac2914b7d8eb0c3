using System.Diagnostics;
using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Sources;

namespace Warehouse.Benchmarks;

/// <summary>
/// `load-replay --from WAREHOUSE [--db NEW] [--batch-files N] [--batch-facts N]`: the load stage of a first run alone, without the
/// extraction beside it: the files of an existing warehouse (a national run's, say) are loaded
/// again into a new one, file by file as the run hands them over (in path order, batched by
/// <see cref="LoadBatchLimits.Default"/> unless told otherwise), through the same <see cref="BatchLoader"/> and
/// publish. Prints the progress every 10,000 files, the load and publish seconds, and the peak
/// resident memory with the managed heap's share and DuckDB's own count of its memory.
/// <para>
/// The source is read a thousand files at a time through a connection capped at a small memory
/// limit, so the figures are the loader's: what is resident besides is those files and that cap.
/// </para>
/// </summary>
internal static class LoadReplay
{
    public static int Run(string[] args)
    {
        var from = NationalCorpus.StringArgument(args, "--from") ?? throw new ArgumentException("--from WAREHOUSE is required");
        var work = Directory.CreateTempSubdirectory("load-replay-").FullName;
        var target = NationalCorpus.StringArgument(args, "--db") ?? Path.Combine(work, "warehouse.duckdb");
        try
        {
            using var source = WarehouseFile.OpenReadOnly(from);
            source.Execute("SET memory_limit = '64MB'; SET threads = 1;");
            var files = source.Query<string>(
                """
                SELECT DISTINCT source_path AS Path FROM dim_document ORDER BY source_path
                """).AsList();

            var memory = new MemorySampler();
            using var timer = new Timer(_ => memory.Sample(), null, 0, 50);
            using var session = WarehouseFile.BeginWrite(target, createIfMissing: true);
            new SchemaMigrator().Migrate(session.Connection);
            var limits = new LoadBatchLimits(
                NationalCorpus.StringArgument(args, "--batch-files") is { } batchFiles ? int.Parse(batchFiles, CultureInfo.InvariantCulture) : LoadBatchLimits.Default.Files,
                NationalCorpus.StringArgument(args, "--batch-facts") is { } batchFacts ? int.Parse(batchFacts, CultureInfo.InvariantCulture) : LoadBatchLimits.Default.Facts);
            var cpu = TimeSpan.Zero;
            var filesLoaded = 0;
            using var loader = new BatchLoader(session.Connection, new SourceFileCatalog(), new Dictionary<string, SourceFileState>(), 1, limits,
                () => DateTime.UtcNow, path => throw new InvalidOperationException($"{path}: a batch failed"));
            foreach (var chunk in Chunks(source, files))
            {
                // The source is read between the timed parts, a chunk of files at a time.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var file in chunk)
                {
                    loader.Add(new ScannedFile(file.SourcePath, file.SizeBytes, file.ModifiedAtUtc), new FileExtraction(file.ContentHash, file.Reports, null));
                }

                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                filesLoaded += chunk.Count;
                if (filesLoaded % 10_000 < chunk.Count)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {filesLoaded,6:N0} files, {loader.FactsLoaded,9:N0} facts committed, {loader.Elapsed.TotalSeconds,6:0.00} s; resident {memory.Resident / 1048576.0,5:0} MiB, managed {GC.GetTotalMemory(false) / 1048576.0,5:0} MiB, DuckDB {DuckDbMemory(session.Connection) / 1048576.0,5:0} MiB"));
                }
            }

            var cpuAtFinish = Process.GetCurrentProcess().TotalProcessorTime;
            loader.Finish();
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuAtFinish;

            var publish = Stopwatch.StartNew();
            session.Publish();
            publish.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load-replay: {files.Count:N0} files, {loader.FactsLoaded:N0} facts in batches of {limits.Files:N0} files or {limits.Facts:N0} facts: load {loader.Elapsed.TotalSeconds:0.00} s ({cpu.TotalSeconds:0.00} s CPU), publish {publish.Elapsed.TotalSeconds:0.00} s; " +
                $"peak resident {memory.PeakResident / 1048576.0:0} MiB (VmHWM {NationalRun.PeakResidentBytes() / 1048576.0:0} MiB, source connection included), peak managed heap {memory.PeakManaged / 1048576.0:0} MiB; file {new FileInfo(target).Length / 1e6:0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record SourceFile(string Path, string Hash);

    /// <summary>The source's files with their reports and facts, a thousand at a time, in path order.</summary>
    private static IEnumerable<List<FileToLoad>> Chunks(DuckDBConnection source, IReadOnlyList<string> files)
    {
        foreach (var chunk in files.Chunk(1_000))
        {
            // Files in path order: a chunk is a range of paths.
            var (first, last) = (chunk[0], chunk[^1]);
            var facts = ReadFacts(source, first, last);
            yield return ReadDocuments(source, first, last)
                .GroupBy(document => document.File.Path)
                .Select(document => new FileToLoad(
                    document.Key,
                    document.First().File.Hash,
                    10_000,
                    new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    document.Select(d => d.Report with { Facts = facts.GetValueOrDefault(d.DocumentId) ?? [] }).ToList()))
                .ToList();
        }
    }

    private sealed record SourceDocument(long DocumentId, SourceFile File, ReportToLoad Report);

    private static List<SourceDocument> ReadDocuments(DuckDBConnection source, string first, string last) =>
        source.Query(
            """
            SELECT document_id, source_path, content_hash, index_in_file, raw_start, title, region_code, region_name, report_year, review_year,
                   meeting_date, document_kind, negative_reason, warnings
            FROM dim_document WHERE source_path BETWEEN $first AND $last ORDER BY source_path, index_in_file
            """, new { first, last })
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => new SourceDocument(
                (long)row["document_id"]!,
                new SourceFile((string)row["source_path"]!, (string)row["content_hash"]!),
                new ReportToLoad(
                    (int)row["index_in_file"]!, (int)(row["raw_start"] ?? 0), (string?)row["title"], (string?)row["region_code"], (string?)row["region_name"],
                    (int?)row["report_year"], (int?)row["review_year"], (string?)row["meeting_date"],
                    Enum.GetValues<DocumentKind>().First(kind => kind.Name() == (string?)row["document_kind"]),
                    (string?)row["negative_reason"], (string?)row["warnings"], [])))
            .ToList();

    private static Dictionary<long, List<Fact>> ReadFacts(DuckDBConnection source, string first, string last)
    {
        var facts = new Dictionary<long, List<Fact>>();
        foreach (var row in source.Query(
            """
            SELECT document_id, indicator, kind, year, measure, value, value_high, unit, qualifier, estimate, NULL AS scope, period_start, evidence, raw_start, raw_end, confidence
            FROM fact_indicator WHERE document_id IN (SELECT document_id FROM dim_document WHERE source_path BETWEEN $first AND $last)
            UNION ALL
            SELECT document_id, indicator, 'rank', year, measure, rank, NULL, NULL, 'exact', false, scope, NULL, evidence, raw_start, raw_end, confidence
            FROM fact_rank_claim WHERE document_id IN (SELECT document_id FROM dim_document WHERE source_path BETWEEN $first AND $last)
            """, new { first, last }).Cast<IDictionary<string, object?>>())
        {
            var fact = new Fact(
                (string)row["indicator"]!,
                Parse<FactKind>((string)row["kind"]!, FactVocabulary.WireName),
                (int)row["year"]!,
                Parse<Measure>((string)row["measure"]!, FactVocabulary.WireName),
                Convert.ToDouble(row["value"], CultureInfo.InvariantCulture),
                (double?)row["value_high"],
                (string?)row["unit"],
                Parse<Qualifier>((string)row["qualifier"]!, FactVocabulary.WireName),
                (bool)row["estimate"]!,
                row["scope"] is string scope ? Parse<RankScope>(scope, FactVocabulary.WireName) : null,
                (int?)row["period_start"],
                (string)row["evidence"]!,
                (int)row["raw_start"]!,
                (int)row["raw_end"]!,
                (double)row["confidence"]!);
            var documentId = (long)row["document_id"]!;
            if (!facts.TryGetValue(documentId, out var list))
            {
                facts[documentId] = list = [];
            }

            list.Add(fact);
        }

        return facts;
    }

    private static T Parse<T>(string wire, Func<T, string> name)
        where T : struct, Enum => Enum.GetValues<T>().First(value => name(value) == wire);

    /// <summary>What DuckDB counts as its own memory (buffers, indexes, transaction-local data).</summary>
    private static long DuckDbMemory(DuckDBConnection connection) =>
        connection.ExecuteScalar<long>("SELECT sum(memory_usage_bytes)::BIGINT FROM duckdb_memory()");

    private sealed class MemorySampler
    {
        public long Resident { get; private set; }

        public long PeakResident { get; private set; }

        public long PeakManaged { get; private set; }

        public void Sample()
        {
            Resident = NationalRun.ResidentBytes();
            PeakResident = Math.Max(PeakResident, Resident);
            PeakManaged = Math.Max(PeakManaged, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
