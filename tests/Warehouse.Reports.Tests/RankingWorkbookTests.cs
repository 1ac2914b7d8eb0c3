using Dapper;
using Warehouse.Reports.Sheets;

namespace Warehouse.Reports.Tests;

/// <summary>The ranking workbook written from a small warehouse built in the test.</summary>
public sealed class RankingWorkbookTests : IDisposable
{
    private readonly TestWarehouse _warehouse = TestWarehouse.Sample();
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-rankings-").FullName;

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string WriteWorkbook() =>
        Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));

    [Fact]
    public void One_workbook_per_data_year_named_after_the_year()
    {
        var paths = RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder);

        Assert.Equal(["rankings-2022.xlsx", "rankings-2023.xlsx"], paths.Select(Path.GetFileName));
        Assert.All(paths, p => Assert.Empty(WorkbookInspection.ValidationErrors(p)));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void The_workbook_validates_and_has_every_sheet()
    {
        var path = WriteWorkbook();

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        Assert.Equal(
            [SheetNames.Overview, "省级排名 Rankings provinces", "地级排名 Rankings cities", "县级排名 Rankings counties", SheetNames.Targets,
             SheetNames.TargetEscalation, SheetNames.EscalationSummary, SheetNames.TargetAchievement, SheetNames.RankClaims, SheetNames.GdpChart,
             SheetNames.Facts, SheetNames.Sources],
            WorkbookInspection.SheetNames(path));
        Assert.All(WorkbookInspection.SheetNames(path), name => Assert.InRange(name.Length, 1, 31));
    }

    [Fact]
    public void County_ranks_share_ties_leave_blanks_and_use_the_right_peer_groups()
    {
        var sheet = Table(WriteWorkbook(), SheetNames.Rankings[2].Sheet);
        var gdp = MainIndicators.All[0];

        string? Cell(string county, string column) => sheet.Rows.Single(r => r[sheet.Column(RankingSheet.Region)] == county)[sheet.Column(column)];

        // 南县 7.5 > 东县 6.0 = 西县 6.0 > 北县 5.0; 中县 has no GDP growth.
        Assert.Equal("1", Cell("南县", RankingSheet.RankAmongLevel(gdp)));
        Assert.Equal("2", Cell("东县", RankingSheet.RankAmongLevel(gdp)));
        Assert.Equal("2", Cell("西县", RankingSheet.RankAmongLevel(gdp)));
        Assert.Equal("4", Cell("北县", RankingSheet.RankAmongLevel(gdp)));
        Assert.Null(Cell("中县", RankingSheet.Growth(gdp)));
        Assert.Null(Cell("中县", RankingSheet.RankAmongLevel(gdp)));

        // In their province: 甲省 has 南县, 东县, 西县; 乙省 only 北县 with a value.
        Assert.Equal("1", Cell("南县", RankingSheet.RankInProvince(gdp)));
        Assert.Equal("2", Cell("东县", RankingSheet.RankInProvince(gdp)));
        Assert.Equal("1", Cell("北县", RankingSheet.RankInProvince(gdp)));

        // In their parent city: 东县 and 西县 tie in 甲一市; 南县 is alone in 甲二市.
        Assert.Equal("1", Cell("东县", RankingSheet.RankInParentCity(gdp)));
        Assert.Equal("1", Cell("西县", RankingSheet.RankInParentCity(gdp)));
        Assert.Equal("1", Cell("南县", RankingSheet.RankInParentCity(gdp)));

        // Composite: 东县 ranks 2 on GDP, 2 on FAI (10.0 > 3.0 > -2.5) and 1 on retail (alone): mean 5/3 over 3 ranks.
        Assert.Equal(5.0 / 3, double.Parse(Cell("东县", RankingSheet.MeanRank)!, System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("3", Cell("东县", RankingSheet.RanksCounted));
        Assert.Equal("1", Cell("中县", RankingSheet.RanksCounted));
    }

    [Fact]
    public void Ranking_sheets_show_exactly_what_the_peer_rank_view_holds()
    {
        var path = WriteWorkbook();
        var view = _warehouse.Connection.Query(
            "SELECT region_code, level, indicator, value, rank_level, rank_province, rank_parent FROM v_peer_rank WHERE year = 2023 AND measure = 'growth_pct'")
            .Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(view);

        foreach (var (level, sheetName, _) in SheetNames.Rankings)
        {
            var sheet = Table(path, sheetName);
            foreach (var row in view.Where(v => (string)v["level"] == level))
            {
                var indicator = MainIndicators.All.SingleOrDefault(i => i.Code == (string)row["indicator"]);
                if (indicator is null)
                {
                    continue;
                }

                var cells = sheet.Rows.Single(r => r[sheet.Column(RankingSheet.Code)] == (string)row["region_code"]);
                Assert.Equal(Convert.ToDouble(row["value"]), double.Parse(cells[sheet.Column(RankingSheet.Growth(indicator))]!, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(Convert.ToInt64(row["rank_level"]), long.Parse(cells[sheet.Column(RankingSheet.RankAmongLevel(indicator))]!, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Evidence_that_looks_like_a_formula_stays_a_string_on_the_facts_sheet()
    {
        var path = WriteWorkbook();

        var xml = WorkbookInspection.SheetXml(path, SheetNames.Facts);
        Assert.DoesNotContain(":f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        var facts = Table(path, SheetNames.Facts);
        Assert.Contains(facts.Rows, r => r[facts.Column(FactsSheet.Evidence)] == "=cmd|' /C calc'!A0");
    }

    [Fact]
    public void Targets_show_qualifiers_as_stated_and_rank_who_aims_highest()
    {
        var targets = Table(WriteWorkbook(), SheetNames.Targets);

        string? Cell(string county, string column) => targets.Rows.Single(r => r[targets.Column("地区")] == county)[targets.Column(column)];

        Assert.Equal("6.5%左右", Cell("东县", "GDP目标原文"));
        Assert.Equal("8%以上", Cell("西县", "GDP目标原文"));
        Assert.Equal("6-6.5%", Cell("南县", "GDP目标原文"));
        Assert.Equal("1", Cell("西县", "GDP目标同级排名"));
        Assert.Equal("2", Cell("东县", "GDP目标同级排名"));
        Assert.Equal("3", Cell("南县", "GDP目标同级排名"));
    }

    [Fact]
    public void Target_achievement_compares_last_years_target_with_this_years_result()
    {
        var sheet = Table(WriteWorkbook(), SheetNames.TargetAchievement);

        var gdp = sheet.Rows.Single(r => r[sheet.Column("地区")] == "东县" && r[sheet.Column("指标")] == "地区生产总值 Gross domestic product");
        Assert.Equal("6", gdp[sheet.Column(TargetAchievementSheet.Actual)]);
        Assert.Equal("完成 met", gdp[sheet.Column(TargetAchievementSheet.Met)]); // 6.5左右 tolerates 0.5
        var fai = sheet.Rows.Single(r => r[sheet.Column("地区")] == "东县" && r[sheet.Column("指标")] == "固定资产投资 Fixed-asset investment");
        Assert.Equal("未完成 missed", fai[sheet.Column(TargetAchievementSheet.Met)]);
        Assert.Equal(-2.0, double.Parse(fai[sheet.Column(TargetAchievementSheet.Gap)]!, System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.StartsWith("已载入 loaded", fai[sheet.Column(TargetAchievementSheet.ResultFrom)], StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_claims_sit_next_to_the_computed_rank_and_are_judged_only_on_a_complete_peer_group()
    {
        var sheet = Table(WriteWorkbook(), SheetNames.RankClaims);

        // 甲一市 has two counties in the gazetteer, both with GDP growth: the claim is judged.
        var east = sheet.Rows.Single(r => r[sheet.Column("地区")] == "东县");
        Assert.Equal("1", east[sheet.Column("自述排名")]);
        Assert.Equal("1", east[sheet.Column("计算排名")]); // tied first with 西县 in 甲一市
        Assert.Equal("2", east[sheet.Column(RankClaimsSheet.Loaded)]);
        Assert.Equal("2", east[sheet.Column(RankClaimsSheet.PeerGroup)]);
        Assert.Equal("一致 agrees", east[sheet.Column(RankClaimsSheet.Verdict)]);

        // 乙一市's other county 中县 has no GDP growth loaded: one of two, not comparable.
        var north = sheet.Rows.Single(r => r[sheet.Column("地区")] == "北县");
        Assert.Equal("1", north[sheet.Column(RankClaimsSheet.Loaded)]);
        Assert.Equal("2", north[sheet.Column(RankClaimsSheet.PeerGroup)]);
        Assert.Equal("不可比：载入 1/2 · not comparable: 1 of 2 peers loaded", north[sheet.Column(RankClaimsSheet.Verdict)]);
        Assert.Equal("地区生产总值 Gross domestic product", north[sheet.Column("指标")]);
    }

    [Fact]
    public void Sources_list_every_report_of_the_year_with_its_kind_fact_counts_and_warnings()
    {
        var sheet = Table(WriteWorkbook(), SheetNames.Sources);
        var expected = _warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM dim_document WHERE review_year = 2023");

        Assert.Equal(expected, sheet.Rows.Count);
        var south = sheet.Rows.Single(r => r[sheet.Column("地区")] == "南县");
        Assert.Equal("2", south[sheet.Column("事实数")]);
        Assert.Equal("traditional characters converted", south[sheet.Column("警告")]);
        Assert.Equal("全文 full report", south[sheet.Column("文档类型")]);
        Assert.Equal("转述 relayed report", sheet.Rows.Single(r => r[sheet.Column("地区")] == "北县")[sheet.Column("文档类型")]);
        // A document loaded before kinds were stored says nothing rather than a guess.
        Assert.True(string.IsNullOrEmpty(sheet.Rows.Single(r => r[sheet.Column("地区")] == "中县")[sheet.Column("文档类型")]));
    }

    [Fact]
    public void The_overview_states_the_year_coverage_run_and_skipped_files()
    {
        var cells = WorkbookInspection.Cells(WriteWorkbook(), SheetNames.Overview).SelectMany(r => r).OfType<string>().ToList();

        Assert.Contains(cells, c => c.Contains("Data year 2023", StringComparison.Ordinal));
        Assert.Contains("running", cells);
        Assert.DoesNotContain(cells, c => c.Contains("No file was new or changed", StringComparison.Ordinal));
        Assert.Contains("samples/broken.docx", cells);
        Assert.Contains("unreadable: not a zip archive", cells);
        Assert.Contains(cells, c => c.Contains("ties share a rank", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("blank, not 0", StringComparison.Ordinal));
    }

    private static SheetTable Table(string path, string sheetName) => SheetTable.Read(path, sheetName);
}

/// <summary>A sheet whose first row is a header: rows below it, columns found by header text.</summary>
internal sealed record SheetTable(IReadOnlyList<string?> Header, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    public static SheetTable Read(string path, string sheetName)
    {
        var cells = WorkbookInspection.Cells(path, sheetName);
        var width = cells[0].Count;
        var rows = cells.Skip(1).Select(r => (IReadOnlyList<string?>)[.. r, .. Enumerable.Repeat<string?>(null, Math.Max(0, width - r.Count))]).ToList();
        return new SheetTable(cells[0], rows);
    }

    public int Column(string header)
    {
        var index = Header.ToList().IndexOf(header);
        return index >= 0 ? index : throw new KeyNotFoundException($"No column '{header}' in [{string.Join(", ", Header)}].");
    }
}
