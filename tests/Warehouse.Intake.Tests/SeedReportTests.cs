using System.Text.Json;
using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Testing;

namespace Warehouse.Intake.Tests;

/// <summary>
/// The reader on tests/corpus/seeds against the report lines of tests/corpus/gold:
/// every gold report found with the right region, code, level, parent, province and years, and
/// nothing else reported (no report invented from page furniture).
/// </summary>
public sealed class SeedReportTests
{
    private static readonly Lazy<IReadOnlyList<WorkReport>> Found = new(() => [.. new ReportReader().ReadReports(RepoPaths.Seeds)]);

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Gold, "*.jsonl").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void EverySeedFileHasGold()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var gold = Directory.GetFiles(RepoPaths.Gold, "*.jsonl").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(gold, seeds);
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void ReportsMatchGold(string stem)
    {
        var expected = GoldReports(Path.Combine(RepoPaths.Gold, stem + ".jsonl"));
        var actual = Found.Value
            .Where(report => Path.GetFileNameWithoutExtension(report.SourcePath) == stem && !report.IsNegative)
            .OrderBy(report => report.IndexInFile)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var gold = expected[i];
            var report = actual[i];
            Assert.NotNull(report.Region);
            Assert.Equal(gold.GetProperty("region").GetString(), report.Region.Name);
            Assert.Equal(gold.GetProperty("region_code").GetString(), report.Region.Code);
            Assert.Equal(gold.GetProperty("level").GetString(), report.Region.Level.ToString().ToLowerInvariant());
            Assert.Equal(gold.GetProperty("parent").GetString(), report.Region.ParentName);
            Assert.Equal(gold.GetProperty("province").GetString(), report.Region.ProvinceName);
            Assert.Equal(gold.GetProperty("report_year").GetInt32(), report.ReportYear);
            Assert.Equal(gold.GetProperty("review_year").GetInt32(), report.ReviewYear);
            Assert.Empty(report.Warnings);
        }
    }

    [Fact]
    public void NoSeedFileIsSkippedOrNegative()
    {
        var files = new ReportReader().Read(RepoPaths.Seeds).ToList();
        Assert.All(files, file => Assert.Null(file.Skipped));
        Assert.DoesNotContain(Found.Value, report => report.IsNegative);
    }

    [Fact]
    public void ReportTextIsTheRawSliceAtRawStart()
    {
        foreach (var report in Found.Value)
        {
            var fileText = File.ReadAllText(report.SourcePath);
            Assert.Equal(report.Text.Raw, fileText.Substring(report.RawStart, report.Text.Raw.Length));
            Assert.Contains("各位代表", report.Text.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TitleEvidenceIsRawText()
    {
        foreach (var report in Found.Value)
        {
            Assert.NotNull(report.TitleEvidence);
            Assert.Contains(report.TitleEvidence, File.ReadAllText(report.SourcePath), StringComparison.Ordinal);
        }
    }

    private static List<JsonElement> GoldReports(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.GetProperty("type").GetString() == "report")
            .Where(line => !(line.TryGetProperty("negative", out var negative) && negative.ValueKind == JsonValueKind.True))];
}
