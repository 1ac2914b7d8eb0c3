using System.Globalization;
using Dapper;
using Warehouse.Reports.Sheets;

namespace Warehouse.Reports.Tests;

/// <summary>
/// Target escalation (层层加码) on a hand-built four-level chain: nation, province, city,
/// counties, with GDP growth targets for 2024 whose differences are known.
/// </summary>
public sealed class TargetEscalationTests : IDisposable
{
    private readonly TestWarehouse _warehouse = Chain();
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-escalation-").FullName;

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// GDP growth targets for 2024 (set in the reports reviewing 2023): nation 5 左右, province
    /// 5.5 左右, 甲一市 6 以上, its counties 6-6.5 (a range), 7.5 and 10 左右; 甲二市 has none,
    /// its 南县 8. Investment: 甲一市 10, 东县 12. The nation also reports its 2023 results.
    /// </summary>
    private static TestWarehouse Chain()
    {
        var w = new TestWarehouse()
            .Indicator("gdp", "地区生产总值", "Gross domestic product", "亿元")
            .Indicator("fai", "固定资产投资", "Fixed-asset investment", "亿元")
            .Region("100000", "全国", "national", null, null, "100000", "全国")
            .Region("910000", "甲省", "province", null, null, "910000", "甲省")
            .Region("910100", "甲一市", "city", "910000", "甲省", "910000", "甲省")
            .Region("910200", "甲二市", "city", "910000", "甲省", "910000", "甲省")
            .Region("910101", "东县", "county", "910100", "甲一市", "910000", "甲省")
            .Region("910102", "西县", "county", "910100", "甲一市", "910000", "甲省")
            .Region("910103", "北县", "county", "910100", "甲一市", "910000", "甲省")
            .Region("910201", "南县", "county", "910200", "甲二市", "910000", "甲省")
            .Run("succeeded");

        void Target(string region, string indicator, double value, string qualifier = "exact", double? high = null)
        {
            var document = w.Document(region, 2023);
            w.Fact(document, region, indicator, "target", 2024, "growth_pct", value, qualifier, high);
            w.Fact(document, region, indicator, "actual", 2023, "growth_pct", value - 0.3);
        }

        Target("100000", "gdp", 5, "about");
        Target("910000", "gdp", 5.5, "about");
        Target("910100", "gdp", 6, "at_least");
        Target("910101", "gdp", 6, high: 6.5);
        Target("910102", "gdp", 7.5);
        Target("910103", "gdp", 10, "about");
        Target("910201", "gdp", 8);
        Target("910100", "fai", 10);
        Target("910101", "fai", 12);
        return w;
    }

    private sealed record Escalation(
        string RegionCode, string Level, string? ParentLevel, double OwnValue, string OwnQualifier, double? ParentValue, string? ParentQualifier,
        double? ExcessOverParent, double? ExcessOverProvince, double? ExcessOverNational, bool LowerBoundUsed);

    [Fact]
    public void The_view_puts_each_target_beside_its_parents_its_provinces_and_the_nations_with_the_differences()
    {
        var rows = _warehouse.Connection.Query<Escalation>(
            """
            SELECT region_code AS RegionCode, level AS Level, parent_level AS ParentLevel, own_value AS OwnValue, own_qualifier AS OwnQualifier,
                   parent_value AS ParentValue, parent_qualifier AS ParentQualifier, excess_over_parent AS ExcessOverParent,
                   excess_over_province AS ExcessOverProvince, excess_over_national AS ExcessOverNational, lower_bound_used AS LowerBoundUsed
            FROM v_target_escalation WHERE year = 2024 AND indicator = 'gdp'
            """).ToDictionary(r => r.RegionCode);

        Assert.Equal(7, rows.Count);
        // The range 6-6.5 is compared by its lower bound and says so; the parent keeps its 以上.
        Assert.Equal(new Escalation("910101", "county", "city", 6, "exact", 6, "at_least", 0, 0.5, 1, true), rows["910101"]);
        Assert.Equal(new Escalation("910102", "county", "city", 7.5, "exact", 6, "at_least", 1.5, 2, 2.5, false), rows["910102"]);
        Assert.Equal(new Escalation("910103", "county", "city", 10, "about", 6, "at_least", 4, 4.5, 5, false), rows["910103"]);
        // 甲二市 set no target: 南县 has no parent figure, but its province and the nation still compare.
        Assert.Equal(new Escalation("910201", "county", "city", 8, "exact", null, null, null, 2.5, 3, false), rows["910201"]);
        Assert.Equal(new Escalation("910100", "city", "province", 6, "at_least", 5.5, "about", 0.5, 0.5, 1, false), rows["910100"]);
        Assert.Equal(new Escalation("910000", "province", "national", 5.5, "about", 5, "about", 0.5, null, 0.5, false), rows["910000"]);
        Assert.Equal(new Escalation("100000", "national", null, 5, "about", null, null, null, null, null, false), rows["100000"]);
    }

    private sealed record Summary(string Indicator, string Level, string ParentLevel, long Regions, double MeanExcess, double MedianExcess, long RegionsAbove, bool LowerBoundUsed);

    [Fact]
    public void The_summary_gives_mean_and_median_excess_per_pair_of_levels_with_the_count_it_rests_on()
    {
        var rows = _warehouse.Connection.Query<Summary>(
            """
            SELECT indicator AS Indicator, level AS Level, parent_level AS ParentLevel, regions AS Regions, mean_excess AS MeanExcess,
                   median_excess AS MedianExcess, regions_above AS RegionsAbove, lower_bound_used AS LowerBoundUsed
            FROM v_target_escalation_summary WHERE year = 2024 ORDER BY indicator DESC, level
            """).ToList();

        Assert.Equal(
            [
                // Counties over 甲一市: 0, 1.5 and 4 → mean 5.5/3, median 1.5, two above; 南县 has no city target and is not counted.
                new Summary("gdp", "city", "province", 1, 0.5, 0.5, 1, false),
                new Summary("gdp", "county", "city", 3, Math.Round(5.5 / 3, 4), 1.5, 2, true),
                new Summary("gdp", "province", "national", 1, 0.5, 0.5, 1, false),
                new Summary("fai", "county", "city", 1, 2, 2, 1, false),
            ],
            rows);
    }

    [Fact]
    public void The_workbook_shows_the_escalation_region_by_region_and_the_summary_with_a_chart()
    {
        var path = Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));
        Assert.Empty(WorkbookInspection.ValidationErrors(path));

        var detail = SheetTable.Read(path, SheetNames.TargetEscalation);
        var east = detail.Rows.Single(r => r[detail.Column("地区")] == "东县" && r[detail.Column(TargetEscalationSheet.Indicator)] == "地区生产总值 Gross domestic product");
        Assert.Equal("6-6.5%", east[detail.Column(TargetEscalationSheet.Own)]);
        Assert.Equal("6%以上", east[detail.Column("上级目标 parent's")]);
        Assert.Equal("5.5%左右", east[detail.Column("省目标 province's")]);
        Assert.Equal("5%左右", east[detail.Column("全国目标 nation's")]);
        Assert.Equal(0.0, Number(east[detail.Column(TargetEscalationSheet.OverParent)]));
        Assert.Equal(1.0, Number(east[detail.Column(TargetEscalationSheet.OverNation)]));
        Assert.Equal(TargetEscalationSheet.LowerBound, east[detail.Column(TargetEscalationSheet.Note)]);
        // GDP rows come before investment rows.
        Assert.True(
            detail.Rows.ToList().FindLastIndex(r => r[detail.Column(TargetEscalationSheet.Indicator)]!.StartsWith("地区生产总值", StringComparison.Ordinal))
            < detail.Rows.ToList().FindIndex(r => r[detail.Column(TargetEscalationSheet.Indicator)]!.StartsWith("固定资产投资", StringComparison.Ordinal)));

        var cells = WorkbookInspection.Cells(path, SheetNames.EscalationSummary);
        var header = cells.Select((row, index) => (row, index)).First(x => x.row.Contains(EscalationSummarySheet.Comparison));
        var summary = new SheetTable(header.row, cells.Skip(header.index + 1).Where(r => r.Count > 0).ToList());
        var counties = summary.Rows.Single(r => r[summary.Column(EscalationSummarySheet.Comparison)] == "县 − 所属市 counties − their city"
            && r[0] == "地区生产总值 Gross domestic product");
        Assert.Equal("3", counties[summary.Column(EscalationSummarySheet.Regions)]);
        Assert.Equal(1.5, Number(counties[summary.Column(EscalationSummarySheet.Median)]));

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var charts = WorkbookInspection.WorksheetPart(document, SheetNames.EscalationSummary).DrawingsPart!.ChartParts.ToList();
        Assert.Equal(2, charts.Count); // GDP and investment
        Assert.All(charts, c => Assert.Equal(2, c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().Count()));
    }

    [Fact]
    public void The_nation_is_an_unranked_baseline_in_the_province_rankings_and_the_targets()
    {
        var path = Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));
        var gdp = MainIndicators.All[0];

        var provinces = SheetTable.Read(path, SheetNames.Rankings[0].Sheet);
        Assert.Equal("全国" + RankingSheet.Baseline, provinces.Rows[0][provinces.Column(RankingSheet.Region)]);
        Assert.Equal(4.7, Number(provinces.Rows[0][provinces.Column(RankingSheet.Growth(gdp))]));
        Assert.Null(provinces.Rows[0][provinces.Column(RankingSheet.RankAmongLevel(gdp))]);
        Assert.Null(provinces.Rows[0][provinces.Column(RankingSheet.CompositeRank)]);
        var province = provinces.Rows.Single(r => r[provinces.Column(RankingSheet.Code)] == "910000");
        Assert.Equal("1", province[provinces.Column(RankingSheet.RankAmongLevel(gdp))]);

        var targets = SheetTable.Read(path, SheetNames.Targets);
        Assert.Equal("100000", targets.Rows[0][targets.Column("代码")]);
        Assert.Equal("5%左右", targets.Rows[0][targets.Column(TargetsSheet.Stated(gdp))]);
        Assert.Null(targets.Rows[0][targets.Column(TargetsSheet.Rank(gdp))]);
        Assert.Equal("1", targets.Rows.Single(r => r[targets.Column("代码")] == "910000")[targets.Column(TargetsSheet.Rank(gdp))]);
    }

    private static double Number(string? cell) => double.Parse(cell!, CultureInfo.InvariantCulture);
}
