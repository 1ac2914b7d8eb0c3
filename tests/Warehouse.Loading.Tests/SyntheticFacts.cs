using Warehouse.Extraction;
using Warehouse.Identification;

namespace Warehouse.Loading.Tests;

/// <summary>Small invented files and facts for tests that check the loader and the views' rules.</summary>
internal static class SyntheticFacts
{
    public static Fact Actual(string indicator, int year, Measure measure, double value, bool estimate = false) =>
        new(indicator, FactKind.Actual, year, measure, value, null, measure == Measure.Level ? "亿元" : "%",
            Qualifier.Exact, estimate, null, null, $"{indicator} {value}", 0, 10, 0.9);

    public static Fact Target(string indicator, int year, Measure measure, double value, Qualifier qualifier) =>
        new(indicator, FactKind.Target, year, measure, value, null, "%", qualifier, false, null, null, $"{indicator} target {value}", 20, 30, 0.9);

    public static Fact Rank(string indicator, int year, int rank, RankScope scope) =>
        new(indicator, FactKind.Rank, year, Measure.GrowthRank, rank, null, null, Qualifier.Exact, false, scope, null, $"{indicator} 第{rank}", 40, 50, 0.9);

    public static FileToLoad File(string path, string hash, string regionCode, int reportYear, params Fact[] facts) =>
        new(path, hash, 100, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        [
            new ReportToLoad(0, 0, $"{regionCode} {reportYear}年政府工作报告", regionCode, regionCode, reportYear, reportYear - 1, null, DocumentKind.FullReport, null, null, facts),
        ]);
}
