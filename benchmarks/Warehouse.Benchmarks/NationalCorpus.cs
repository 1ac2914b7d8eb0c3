using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Pipeline;
using Warehouse.Regions;

namespace Warehouse.Benchmarks;

/// <summary>
/// `national-corpus [--years N] [--out DIR]`: writes a national corpus of work reports for
/// benchmarks: for each of N report years, one report for every region of GB/T 2260 (31
/// provinces, 333 cities, 2,975 counties) and one State Council report, ≈ 3,340 a year. Each is a
/// real text of tests/corpus (seeds and dev) of the same level with the region's names, the
/// years and the figures substituted, so the real intake and extraction find a report, its
/// region and its facts (targets included). Nine in ten are full reports; one in ten is a short
/// excerpt as the web also holds them. The last 300 reports of the newest year are written
/// apart (late/), to be added by a later run. Deterministic: the same arguments give the same
/// bytes. A manifest (corpus.json) records the arguments, so a benchmark regenerates only when
/// they changed.
/// </summary>
internal static partial class NationalCorpus
{
    /// <summary>Raise when the generated text changes, so that corpora made by an older generator are remade.</summary>
    private const int GeneratorVersion = 1;
    private const int LastReportYear = 2025;
    private const int FullReportChars = 5_000;
    public const int LateReports = 300;

    [GeneratedRegex(@"(?<=\d\.)\d+")]
    private static partial Regex Decimals();

    /// <summary>A four-digit year written before 年 or as the start of a range (2021—2025年).</summary>
    [GeneratedRegex(@"(?<![\d.])(19[6-9]\d|20[0-4]\d)(?=\s*(年|—|－|-|～|~|至))")]
    private static partial Regex Years();

    public static int Run(string[] args)
    {
        var years = IntArgument(args, "--years") ?? 20;
        var folder = StringArgument(args, "--out") ?? DefaultFolder(years);
        var corpus = Ensure(folder, years);
        Console.WriteLine(corpus.Describe());
        Check(corpus, sampleEvery: 50);
        return 0;
    }

    /// <summary>
    /// Reads every n-th generated file with the real intake and extraction and prints, per level,
    /// how many came out as one report of the intended region, and their facts and targets.
    /// </summary>
    public static void Check(CorpusManifest corpus, int sampleEvery)
    {
        var extractor = new IntakeReportExtractor(new ReportReader(), new FactExtractor());
        var sample = Directory.EnumerateFiles(corpus.ReportsFolder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where((_, index) => index % sampleEvery == 0)
            .ToList();
        var rows = sample.AsParallel().Select(path =>
        {
            var extraction = extractor.Extract(path);
            var report = extraction.Reports.Count == 1 ? extraction.Reports[0] : null;
            var code = Path.GetFileNameWithoutExtension(path);
            return (Level: Path.GetFileName(Path.GetDirectoryName(path)!),
                Identified: report is not null && (report.RegionCode == code || code == "100000" && report.ReportYear is not null),
                Facts: report?.Facts.Count ?? 0,
                Targets: report?.Facts.Count(fact => fact.Kind == FactKind.Target) ?? 0);
        }).ToList();
        Console.WriteLine($"check of every {sampleEvery}th file ({rows.Count} files) with the real intake and extraction:");
        foreach (var level in rows.GroupBy(row => row.Level).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {level.Key,-9} {level.Count(),5} files: {level.Count(row => row.Identified),5} one report of the intended region, " +
                $"{level.Average(row => row.Facts),5:0.0} facts and {level.Average(row => row.Targets),4:0.0} targets per file"));
        }
    }

    public static string DefaultFolder(int years) => Path.Combine(CorpusPaths.Repository, "out", $"national-corpus-{years}y");

    /// <summary>The corpus in <paramref name="folder"/>, generated first when missing or made with other arguments.</summary>
    public static CorpusManifest Ensure(string folder, int years)
    {
        var manifestPath = Path.Combine(folder, "corpus.json");
        if (File.Exists(manifestPath)
            && JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(manifestPath)) is { } existing
            && existing.GeneratorVersion == GeneratorVersion && existing.Years == years)
        {
            return existing with { Folder = folder };
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var manifest = Generate(folder, years);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
        return manifest;
    }

    private static CorpusManifest Generate(string folder, int years)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var templates = Templates.Load();
        Console.WriteLine($"generating {years} years of national reports into {folder} from {templates.Describe()} …");
        var gazetteer = Gazetteer.Load();
        var regions = gazetteer.All.Where(region => region.Level != RegionLevel.National).OrderBy(region => region.Code, StringComparer.Ordinal).ToList();
        var ambiguous = regions.GroupBy(region => region.Name).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        var firstYear = LastReportYear - years + 1;
        var perYear = new (long Reports, long Bytes)[years];
        Parallel.For(0, years, index =>
        {
            var year = firstYear + index;
            long reports = 0, bytes = 0;
            var national = templates.National[index % templates.National.Count];
            bytes += Write(Path.Combine(folder, "reports", year.ToString(CultureInfo.InvariantCulture), "national", "100000.txt"), national.ForNation(year, index));
            reports++;
            for (var r = 0; r < regions.Count; r++)
            {
                var region = regions[r];
                var late = year == LastReportYear && r >= regions.Count - LateReports;
                var path = Path.Combine(folder, late ? "late" : "reports", year.ToString(CultureInfo.InvariantCulture), LevelFolder(region.Level), region.Code + ".txt");
                var template = templates.For(region.Level, r, year);
                bytes += Write(path, template.ForRegion(region, ambiguous.Contains(region.Name), year, r * 31 + year));
                reports++;
            }

            perYear[index] = (reports, bytes);
        });

        var manifest = new CorpusManifest(GeneratorVersion, years, firstYear, LastReportYear,
            perYear.Sum(y => y.Reports) - LateReports, LateReports, perYear.Sum(y => y.Bytes), templates.Describe(), folder);
        Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:0} s");
        return manifest;
    }

    private static long Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    private static string LevelFolder(RegionLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>Digits after a decimal point moved by <paramref name="shift"/>: other figures, same shapes.</summary>
    private static string ShiftDecimals(string text, int shift) =>
        Decimals().Replace(text, match => string.Create(match.Length, (match.Value, shift), (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                span[k] = (char)('0' + ((state.Value[k] - '0' + state.shift + k) % 10));
            }
        }));

    private static string ShiftYears(string text, int delta) =>
        delta == 0 ? text : Years().Replace(text, match => (int.Parse(match.Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture));

    internal static int? IntArgument(string[] args, string name) =>
        StringArgument(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    internal static string? StringArgument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>One real report used as a pattern: its text and the names and year to substitute.</summary>
    private sealed class Template(string source, RegionLevel? level, string text, int reportYear, IReadOnlyList<string> names)
    {
        /// <summary>The template's names, longest first, so 湘潭县 is replaced whole before 湘潭.</summary>
        private readonly Regex? _names = names.Count == 0 ? null
            : new Regex(string.Join('|', names.Distinct().OrderByDescending(name => name.Length).Select(Regex.Escape)), RegexOptions.Compiled);

        public string Source => source;

        public RegionLevel? Level => level;

        public bool IsFull => text.Length >= FullReportChars;

        /// <summary>The report of <paramref name="region"/> for <paramref name="year"/>: its names in place of the template's, its years and figures.</summary>
        public string ForRegion(Region region, bool ambiguousName, int year, int shift)
        {
            var theirs = NamesOf(region);
            var result = _names is null ? text : _names.Replace(text, match => theirs[IndexOf(match.Value, theirs.Count)]);
            if (ambiguousName && region.ParentName is not null)
            {
                // 朝阳区 is a district of Beijing and of Changchun: reports of such places name their city in the header.
                var first = result.IndexOf(region.Name, StringComparison.Ordinal);
                result = first < 0 ? result : result.Insert(first, region.ParentName);
            }

            return ShiftDecimals(ShiftYears(result, year - reportYear), shift);
        }

        private int IndexOf(string name, int available)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    return Math.Min(i, available - 1);
                }
            }

            throw new InvalidOperationException($"{name} is not a name of {source}");
        }

        /// <summary>The State Council's report for <paramref name="year"/>: the template's body under that year's heading.</summary>
        public string ForNation(int year, int shift)
        {
            var term = (year - 1958) / 5 + 1;
            var session = (year - 1958) % 5 + 1;
            var heading = $"政府工作报告\n——{year}年3月5日在第{ChineseNumber(term)}届全国人民代表大会第{ChineseNumber(session)}次会议上\n国务院总理\n\n";
            return heading + ShiftDecimals(ShiftYears(text, year - reportYear), shift);
        }

        /// <summary>Full and short names, region first, then parent, then province, in the same order for every region.</summary>
        public static IReadOnlyList<string> NamesOf(Region region)
        {
            var names = new List<string> { region.Name, ShortName(region) };
            if (region.ParentName is not null && region.Level == RegionLevel.County)
            {
                names.Add(region.ParentName);
            }

            if (region.Level != RegionLevel.Province && region.ProvinceName is { } province)
            {
                names.Add(province);
            }

            return names;
        }

        private static string ShortName(Region region) => RegionNames.ShortNames(region.Name, region.Level).FirstOrDefault() ?? region.Name;
    }

    private static string ChineseNumber(int n)
    {
        const string digits = "〇一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }

    /// <summary>The templates by level, read with the real intake from tests/corpus.</summary>
    private sealed partial class Templates
    {
        private readonly Dictionary<RegionLevel, (List<Template> Full, List<Template> Excerpts)> _byLevel = [];

        public List<Template> National { get; } = [];

        public static Templates Load()
        {
            var templates = new Templates();
            var reader = new ReportReader();
            var corpus = CorpusPaths.Corpus;
            var documents = Path.Combine(corpus, "dev", "docs");
            foreach (var report in reader.ReadReports(Path.Combine(corpus, "seeds"), documents))
            {
                if (report is { IsNegative: false, Region: { } region, ReportYear: { } year })
                {
                    templates.Add(new Template(report.SourcePath, region.Level, report.Text.Raw, year, Template.NamesOf(region)));
                }
            }

            // The State Council's reports, named so in their meta files; their text from 各位代表 on, under a heading written per year.
            foreach (var meta in Directory.GetFiles(documents, "*.meta.json").Order(StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(meta));
                var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
                var match = title is null ? null : StateCouncilTitle().Match(title);
                var textPath = meta[..^".meta.json".Length] + ".txt";
                if (match is { Success: true } && File.Exists(textPath))
                {
                    var text = File.ReadAllText(textPath);
                    var opening = text.IndexOf("各位代表", StringComparison.Ordinal);
                    templates.National.Add(new Template(textPath, null, text[Math.Max(0, opening)..], int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), []));
                }
            }

            return templates;
        }

        [GeneratedRegex(@"^(\d{4})年中华人民共和国国务院政府工作报告$")]
        private static partial Regex StateCouncilTitle();

        private void Add(Template template)
        {
            var level = template.Level!.Value;
            if (!_byLevel.TryGetValue(level, out var lists))
            {
                _byLevel[level] = lists = ([], []);
            }

            (template.IsFull ? lists.Full : lists.Excerpts).Add(template);
        }

        /// <summary>A template of the region's level; one in ten an excerpt.</summary>
        public Template For(RegionLevel level, int regionIndex, int year)
        {
            var (full, excerpts) = _byLevel[level];
            var pick = (uint)HashCode.Combine(regionIndex, year) % 1000;
            var n = (int)(pick / 10);
            return pick % 10 == 0 && excerpts.Count > 0 || full.Count == 0 ? excerpts[n % excerpts.Count] : full[n % full.Count];
        }

        public string Describe() =>
            string.Join(", ", _byLevel.OrderBy(pair => pair.Key).Select(pair => $"{LevelFolder(pair.Key)} {pair.Value.Full.Count} full + {pair.Value.Excerpts.Count} excerpts"))
            + $", national {National.Count}";
    }
}

/// <summary>What a generated corpus holds (corpus.json).</summary>
internal sealed record CorpusManifest(
    int GeneratorVersion,
    int Years,
    int FirstReportYear,
    int LastReportYear,
    long Reports,
    int LateReports,
    long Bytes,
    string Templates,
    string Folder)
{
    public string ReportsFolder => Path.Combine(Folder, "reports");

    public string LateFolder => Path.Combine(Folder, "late");

    public string YearFolder(int reportYear) => Path.Combine(ReportsFolder, reportYear.ToString(CultureInfo.InvariantCulture));

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"corpus {Folder}: report years {FirstReportYear}–{LastReportYear}, {Reports:N0} reports, {Bytes / 1e9:0.00} GB UTF-8 (+ {LateReports} late ones); templates: {Templates}");
}
