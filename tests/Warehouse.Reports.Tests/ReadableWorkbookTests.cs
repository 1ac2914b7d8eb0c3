using Dapper;
using Warehouse.Reports.Sheets;

namespace Warehouse.Reports.Tests;

/// <summary>What a reader sees: names not codes, figures as precise as the report gave them, qualifiers, frozen region columns, blanks explained.</summary>
public sealed class ReadableWorkbookTests : IDisposable
{
    private readonly TestWarehouse _warehouse = TestWarehouse.Sample();
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-readable-").FullName;

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string WriteWorkbook() =>
        Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));

    [Theory]
    [InlineData("一般公共预算收入36.96亿元（样例）", "#,##0.00")]
    [InlineData("新增城镇就业7000人（样例）", "#,##0")]
    [InlineData("总量突破4万亿元（样例）", "\"≥ \"#,##0;\"≥ \"-#,##0")]
    [InlineData("五年累计完成投资826亿元（样例）", "#,##0")]
    public void Facts_keep_the_precision_and_the_qualifier_the_report_gave(string evidence, string format)
    {
        var path = WriteWorkbook();
        var facts = SheetTable.Read(path, SheetNames.Facts);

        var row = facts.Rows.ToList().FindIndex(r => r[facts.Column(FactsSheet.Evidence)] == evidence);
        Assert.True(row >= 0, evidence);
        Assert.Equal(format, WorkbookInspection.NumberFormat(path, SheetNames.Facts, row + 1, facts.Column(FactsSheet.Value)));
    }

    [Fact]
    public void A_five_year_total_shows_its_period_never_a_single_year()
    {
        var facts = SheetTable.Read(WriteWorkbook(), SheetNames.Facts);

        var total = facts.Rows.Single(r => r[facts.Column(FactsSheet.Evidence)] == "五年累计完成投资826亿元（样例）");
        Assert.Equal("2019–2023", total[facts.Column(FactsSheet.Years)]);
        Assert.Equal("2023", facts.Rows.First(r => r[facts.Column(FactsSheet.Evidence)] == "一般公共预算收入36.96亿元（样例）")[facts.Column(FactsSheet.Years)]);
    }

    [Fact]
    public void The_gdp_level_stated_as_a_floor_shows_its_sign_in_the_province_rankings()
    {
        var path = WriteWorkbook();
        var provinces = SheetTable.Read(path, SheetNames.Rankings[0].Sheet);

        var row = provinces.Rows.ToList().FindIndex(r => r[provinces.Column(RankingSheet.Code)] == "910000");
        Assert.Equal("40000", provinces.Rows[row][provinces.Column(RankingSheet.GdpLevel)]);
        Assert.Equal("\"≥ \"#,##0;\"≥ \"-#,##0", WorkbookInspection.NumberFormat(path, SheetNames.Rankings[0].Sheet, row + 1, provinces.Column(RankingSheet.GdpLevel)));
    }

    [Fact]
    public void Indicator_codes_do_not_stand_in_for_names_on_any_sheet()
    {
        var path = WriteWorkbook();

        foreach (var (sheetName, column) in new[]
        {
            (SheetNames.Facts, FactsSheet.Indicator), (SheetNames.TargetAchievement, "指标"), (SheetNames.RankClaims, "指标"),
        })
        {
            var sheet = SheetTable.Read(path, sheetName);
            Assert.NotEmpty(sheet.Rows);
            Assert.All(sheet.Rows, r => Assert.Contains(' ', r[sheet.Column(column)]!)); // 地区生产总值 Gross domestic product
            Assert.DoesNotContain(sheet.Rows, r => r[sheet.Column(column)] is "gdp" or "fai" or "retail");
        }
    }

    [Fact]
    public void Ranking_sheets_freeze_the_region_columns_and_the_header()
    {
        var path = WriteWorkbook();

        foreach (var (sheetName, frozenColumns) in new[] { (SheetNames.Rankings[0].Sheet, 2), (SheetNames.Rankings[1].Sheet, 3), (SheetNames.Rankings[2].Sheet, 4) })
        {
            var pane = WorkbookInspection.FrozenPane(path, sheetName);
            Assert.NotNull(pane);
            Assert.Equal(frozenColumns, pane.HorizontalSplit?.Value);
            Assert.Equal(1, pane.VerticalSplit?.Value);
            Assert.Equal(Excel.CellReference.Of(1, frozenColumns), pane.TopLeftCell?.Value);
        }
    }

    [Fact]
    public void Ranks_within_a_province_or_city_carry_how_many_of_the_group_are_loaded()
    {
        var counties = SheetTable.Read(WriteWorkbook(), SheetNames.Rankings[2].Sheet);
        var gdp = MainIndicators.All[0];

        string? Cell(string county, string column) => counties.Rows.Single(r => r[counties.Column(RankingSheet.Region)] == county)[counties.Column(column)];

        // 甲省 has three counties in the gazetteer, all with GDP growth; 乙省 two, one with it.
        Assert.Equal("3/3", Cell("南县", RankingSheet.LoadedInProvince(gdp)));
        Assert.Equal("1/2", Cell("北县", RankingSheet.LoadedInProvince(gdp)));
        Assert.Equal("2/2", Cell("东县", RankingSheet.LoadedInParentCity(gdp)));
        Assert.Equal("1/2", Cell("北县", RankingSheet.LoadedInParentCity(gdp)));
        Assert.Null(Cell("中县", RankingSheet.LoadedInParentCity(gdp)));
    }

    [Fact]
    public void A_target_without_its_result_says_which_report_would_state_it_and_that_it_is_not_loaded()
    {
        // The 2024 targets are met or missed by the reports of 2025, none of which is loaded.
        var path = Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2024));
        var sheet = SheetTable.Read(path, SheetNames.TargetAchievement);

        Assert.NotEmpty(sheet.Rows);
        Assert.All(sheet.Rows, r =>
        {
            Assert.Null(r[sheet.Column(TargetAchievementSheet.Actual)]);
            Assert.Equal("应见2025年报告，未载入 · from the 2025 report: not loaded", r[sheet.Column(TargetAchievementSheet.ResultFrom)]);
        });
    }

    [Fact]
    public void A_loaded_report_that_states_no_result_is_told_apart_from_a_missing_report()
    {
        // 西县's loaded 2024 report states no retail result; give it a 2023 retail target.
        var before = _warehouse.Document("910102", 2022);
        _warehouse.Fact(before, "910102", "retail", "target", 2023, "growth_pct", 7);

        var sheet = SheetTable.Read(WriteWorkbook(), SheetNames.TargetAchievement);

        var row = sheet.Rows.Single(r => r[sheet.Column("地区")] == "西县" && r[sheet.Column("指标")] == "社会消费品零售总额 Retail sales of consumer goods");
        Assert.Null(row[sheet.Column(TargetAchievementSheet.Actual)]);
        Assert.Equal("2024年报告已载入但未报 · 2024 report loaded, states none", row[sheet.Column(TargetAchievementSheet.ResultFrom)]);
    }

    [Fact]
    public void After_a_run_that_loaded_nothing_the_overview_says_what_the_workbook_holds()
    {
        _warehouse.RunWithNothingNew();

        var cells = WorkbookInspection.Cells(WriteWorkbook(), SheetNames.Overview);

        string? ValueOf(string label) => cells.Single(r => r.Count > 1 && r[0] == label)[1];
        var facts = _warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM v_fact WHERE review_year = 2023");
        Assert.Equal(facts.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueOf("事实 facts"));
        Assert.Equal("0", ValueOf("本次运行新载入事实 facts this run loaded"));
        Assert.Contains(cells.SelectMany(r => r).OfType<string>(), c => c.Contains("No file was new or changed in this run", StringComparison.Ordinal));
    }
}
