using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Extraction.Tests;

/// <summary>Builds work reports from synthetic text written for the tests (no real report text).</summary>
internal static class SyntheticReports
{
    private static readonly TextNormalizer Normalizer = new();

    public static readonly Region County = new("999901", "青石县", RegionLevel.County, "999900", "白云市", "990000", "东海省");

    public static readonly Region City = new("999900", "白云市", RegionLevel.City, "990000", "东海省", "990000", "东海省");

    public static readonly Region Province = new("990000", "东海省", RegionLevel.Province, null, null, "990000", "东海省");

    public static readonly Region Nation = new("100000", "中华人民共和国", RegionLevel.National, null, null, null, null);

    public static WorkReport Report(string raw, Region? region = null, int reportYear = 2021) =>
        new("synthetic.txt", "hash", 0, 0, Normalizer.Normalize(raw), region ?? County, (region ?? County).Name,
            reportYear, reportYear - 1, null, null, null, []);

    public static IReadOnlyList<Fact> Extract(string raw, Region? region = null, int reportYear = 2021) =>
        new FactExtractor().Extract(Report(raw, region, reportYear));

    public static Fact Single(IReadOnlyList<Fact> facts, string indicator, FactKind kind, Measure measure) =>
        Assert.Single(facts, f => f.Indicator == indicator && f.Kind == kind && f.Measure == measure);
}
