using Warehouse.Extraction;
using static Warehouse.Loading.Tests.SyntheticFacts;

namespace Warehouse.Loading.Tests;

/// <summary>The analyst views' rules, on small invented data loaded through the real loader.</summary>
public sealed class ViewRuleTests
{
    private const string Gdp = "gdp";

    [Fact]
    public void Latest_of_several_corrections_wins_and_the_fact_appears_once()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(File("/in/a.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8)));
        var store = new CorrectionStore();
        store.Add(warehouse.Connection, new Correction("420525", Gdp, "actual", 2023, "growth_pct", Correction.Replace, 6.1, null, null, "first", "test"));
        Thread.Sleep(5);
        store.Add(warehouse.Connection, new Correction("420525", Gdp, "actual", 2023, "growth_pct", Correction.Replace, 6.3, null, null, "second", "test"));

        var values = warehouse.Query<double>("SELECT value FROM v_fact WHERE region_code = '420525'");

        Assert.Equal([6.3], values);
    }

    [Fact]
    public void A_rejected_fact_leaves_v_fact_and_the_other_facts_stay()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(File("/in/a.txt", "h1", "420525", 2024,
            Actual(Gdp, 2023, Measure.GrowthPct, 6.8), Actual(Gdp, 2023, Measure.Level, 266.1)));
        new CorrectionStore().Add(warehouse.Connection, new Correction("420525", Gdp, "actual", 2023, "growth_pct", Correction.Reject, null, null, null, "wrong", "test"));

        var measures = warehouse.Query<string>("SELECT measure FROM v_fact ORDER BY measure");

        Assert.Equal(["level"], measures);
    }

    [Fact]
    public void Peer_ranks_put_the_highest_first_share_ties_and_count_peers_per_group()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/yuanan.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8)),
            File("/in/xingshan.txt", "h2", "420526", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 7.3)),
            File("/in/zigui.txt", "h3", "420527", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8)),
            File("/in/nanzhang.txt", "h4", "420624", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 5.0)));

        var ranks = warehouse.Query<(string Code, long Level, long Peers, long Parent, long ParentPeers)>(
            "SELECT region_code, rank_level, peers_level, rank_parent, peers_parent FROM v_peer_rank ORDER BY region_code");

        Assert.Equal(
            [("420525", 2L, 4L, 2L, 3L), ("420526", 1L, 4L, 1L, 3L), ("420527", 2L, 4L, 2L, 3L), ("420624", 4L, 4L, 1L, 1L)],
            ranks);
    }

    [Theory]
    [InlineData(Qualifier.About, 7.0, 6.6, true)]
    [InlineData(Qualifier.About, 7.0, 6.4, false)]
    [InlineData(Qualifier.Exact, 7.0, 6.9, false)]
    [InlineData(Qualifier.AtLeast, 7.0, 7.0, true)]
    [InlineData(Qualifier.AtMost, 3.0, 3.2, false)]
    [InlineData(Qualifier.AtMost, 3.0, 2.5, true)]
    public void Target_achievement_follows_the_qualifier(Qualifier qualifier, double target, double actual, bool met)
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/2023.txt", "h1", "420525", 2023, Target(Gdp, 2023, Measure.GrowthPct, target, qualifier)),
            File("/in/2024.txt", "h2", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, actual)));

        var row = Assert.Single(warehouse.Query<(bool? Met, double? Gap)>("SELECT met, gap FROM v_target_achievement"));

        Assert.Equal(met, row.Met);
        Assert.Equal(actual - target, row.Gap!.Value, 6);
    }

    [Fact]
    public void A_target_without_a_result_yet_has_met_unknown()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(File("/in/2024.txt", "h1", "420525", 2024, Target(Gdp, 2024, Measure.GrowthPct, 6.5, Qualifier.About)));

        var met = Assert.Single(warehouse.Query<bool?>("SELECT met FROM v_target_achievement"));

        Assert.Null(met);
    }

    [Fact]
    public void A_rank_claim_on_an_incomplete_peer_group_is_not_judged()
    {
        // 宜昌市 has three counties in this gazetteer; only two have the value loaded.
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/yuanan.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8), Rank(Gdp, 2023, 1, RankScope.City)),
            File("/in/xingshan.txt", "h2", "420526", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 7.3)));

        var check = Assert.Single(warehouse.Query<(long Claimed, long Computed, long Loaded, long Total, bool Complete, bool? Agrees)>(
            "SELECT claimed_rank, computed_rank, computed_peers, peers_total, peers_complete, agrees FROM v_rank_claim_check"));

        Assert.Equal((1L, 2L, 2L, 3L, false, (bool?)null), check);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void A_rank_claim_on_a_complete_peer_group_is_judged_against_the_rank_among_the_same_city(int claimed, bool agrees)
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/yuanan.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8), Rank(Gdp, 2023, claimed, RankScope.City)),
            File("/in/xingshan.txt", "h2", "420526", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 7.3)),
            File("/in/zigui.txt", "h3", "420527", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 5.0)));

        var check = Assert.Single(warehouse.Query<(long Computed, long Loaded, long Total, bool Complete, bool? Agrees)>(
            "SELECT computed_rank, computed_peers, peers_total, peers_complete, agrees FROM v_rank_claim_check"));

        Assert.Equal((2L, 3L, 3L, true, (bool?)agrees), check);
    }

    [Fact]
    public void A_rank_claim_without_a_value_of_its_own_is_not_judged()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(File("/in/yuanan.txt", "h1", "420525", 2024, Rank(Gdp, 2023, 1, RankScope.City)));

        var check = Assert.Single(warehouse.Query<(long? Computed, long Total, bool Complete, bool? Agrees)>(
            "SELECT computed_rank, peers_total, peers_complete, agrees FROM v_rank_claim_check"));

        Assert.Equal(((long?)null, 3L, false, (bool?)null), check);
    }

    [Theory]
    [InlineData(40000.0, true)]   // 突破4万亿元 meets a target of 4万亿
    [InlineData(41000.0, null)]   // but cannot tell about 4.1万亿
    public void An_actual_stated_as_a_floor_decides_a_target_only_when_the_floor_reaches_it(double target, bool? met)
    {
        using var warehouse = new MemoryWarehouse();
        var floor = new Fact(Gdp, FactKind.Actual, 2023, Measure.Level, 40000, null, "亿元", Qualifier.AtLeast, false, null, null, "总量突破4万亿元", 0, 10, 0.9);
        var goal = new Fact(Gdp, FactKind.Target, 2023, Measure.Level, target, null, "亿元", Qualifier.Exact, false, null, null, "目标", 0, 10, 0.9);
        warehouse.Load(
            File("/in/2023.txt", "h1", "420525", 2023, goal),
            File("/in/2024.txt", "h2", "420525", 2024, floor));

        var row = Assert.Single(warehouse.Query<(double? Actual, string? Qualifier, bool? Met)>(
            "SELECT actual_value, actual_qualifier, met FROM v_target_achievement"));

        Assert.Equal((40000.0, "at_least", met), (row.Actual!.Value, row.Qualifier, row.Met));
    }

    [Fact]
    public void A_target_names_the_report_its_result_comes_from_and_whether_it_is_loaded()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/2023.txt", "h1", "420525", 2023, Target(Gdp, 2023, Measure.GrowthPct, 6.5, Qualifier.About)),
            File("/in/2024.txt", "h2", "420525", 2024, Target(Gdp, 2024, Measure.GrowthPct, 6.0, Qualifier.About)));

        var rows = warehouse.Query<(int Year, int ResultReportYear, bool Loaded, double? Actual)>(
            "SELECT year, result_report_year, result_report_loaded, actual_value FROM v_target_achievement ORDER BY year");

        // The 2024 report is loaded but states no 2023 result; the 2025 report is not loaded.
        Assert.Equal([(2023, 2024, true, (double?)null), (2024, 2025, false, (double?)null)], rows);
    }

    [Fact]
    public void The_region_year_view_puts_one_region_year_on_one_row_preferring_the_final_figure_over_an_estimate()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/early.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 7.0, estimate: true), Actual(Gdp, 2023, Measure.Level, 260)),
            File("/in/later.txt", "h2", "420525", 2025, Actual(Gdp, 2023, Measure.GrowthPct, 6.8)));

        var row = Assert.Single(warehouse.Query<(double? Growth, double? Level, long Count)>(
            "SELECT gdp_growth, gdp_level, fact_count FROM v_region_year"));

        Assert.Equal((6.8, 260.0, 2L), (row.Growth, row.Level, row.Count));
    }

    [Fact]
    public void Reloading_a_changed_file_replaces_its_own_facts_and_leaves_other_files_alone()
    {
        using var warehouse = new MemoryWarehouse();
        warehouse.Load(
            File("/in/a.txt", "h1", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.8), Actual(Gdp, 2023, Measure.Level, 266)),
            File("/in/b.txt", "h2", "420526", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 7.3)));

        warehouse.Load(new HashSet<string> { "/in/a.txt" }, File("/in/a.txt", "h3", "420525", 2024, Actual(Gdp, 2023, Measure.GrowthPct, 6.9)));

        var facts = warehouse.Query<(string Path, string Hash, double Value)>(
            "SELECT source_path, content_hash, value FROM v_fact ORDER BY source_path");
        Assert.Equal([("/in/a.txt", "h3", 6.9), ("/in/b.txt", "h2", 7.3)], facts);
        Assert.Equal(2L, warehouse.Query<long>("SELECT count(*) FROM dim_document").Single());
    }
}
