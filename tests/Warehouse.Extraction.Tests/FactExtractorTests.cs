using static Warehouse.Extraction.Tests.SyntheticReports;

namespace Warehouse.Extraction.Tests;

/// <summary>The extractor on synthetic reports: one rule of GOLD.md per test.</summary>
public sealed class FactExtractorTests
{
    private const string Review = "一、2020年工作回顾\n";
    private const string Targets = "\n二、2021年工作安排\n今年经济社会发展的主要预期目标是:";

    [Fact]
    public void Review_figures_are_actual_facts_of_the_review_year()
    {
        var facts = Extract(Review + "全县地区生产总值完成88.6亿元,同比增长5.2%;社会消费品零售总额下降3.4%。");

        var level = Single(facts, "gdp", FactKind.Actual, Measure.Level);
        Assert.Equal((88.6, "亿元", 2020), (level.Value, level.Unit, level.Year));
        Assert.Equal(5.2, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(-3.4, Single(facts, "retail", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Figures_in_another_scripts_digits_are_read_and_keep_their_raw_evidence()
    {
        // Arabic-Indic digits: ٥.٢ is 5.2, and the evidence quotes them as written.
        var facts = Extract(Review + "全县地区生产总值同比增长\u0665.\u0662%,一般公共预算收入增长3%。");

        var growth = Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct);
        Assert.Equal(5.2, growth.Value);
        Assert.EndsWith("\u0665.\u0662%", growth.Evidence, StringComparison.Ordinal);
        Assert.Equal(3.0, Single(facts, "budget_revenue", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Target_figures_are_targets_of_the_report_year_with_their_qualifiers()
    {
        var facts = Extract(Review + "全县经济平稳。" + Targets +
            "地区生产总值增长7%左右,固定资产投资增长10%以上,城镇调查失业率控制在5.5%以内,居民消费价格涨幅控制在3%,外贸进出口与上年持平。");

        Assert.Equal((7.0, Qualifier.About, 2021), Pick(Single(facts, "gdp", FactKind.Target, Measure.GrowthPct)));
        Assert.Equal((10.0, Qualifier.AtLeast, 2021), Pick(Single(facts, "fai", FactKind.Target, Measure.GrowthPct)));
        Assert.Equal((5.5, Qualifier.AtMost, 2021), Pick(Single(facts, "unemployment", FactKind.Target, Measure.Level)));
        Assert.Equal((3.0, Qualifier.AtMost, 2021), Pick(Single(facts, "cpi", FactKind.Target, Measure.GrowthPct)));
        Assert.Equal((0.0, Qualifier.About, 2021), Pick(Single(facts, "trade", FactKind.Target, Measure.GrowthPct)));

        static (double, Qualifier, int) Pick(Fact f) => (f.Value, f.Qualifier, f.Year);
    }

    [Fact]
    public void Lists_with_fenbie_map_in_order_and_share_a_trailing_qualifier()
    {
        var facts = Extract(Review + "全县地区生产总值、规模工业增加值、固定资产投资分别增长4.5%、7.2%和11%。" +
            Targets + "城乡居民人均可支配收入分别增长7%和8.5%左右。");

        Assert.Equal(4.5, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(7.2, Single(facts, "industrial_va", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(11, Single(facts, "fai", FactKind.Actual, Measure.GrowthPct).Value);
        var urban = Single(facts, "urban_income", FactKind.Target, Measure.GrowthPct);
        var rural = Single(facts, "rural_income", FactKind.Target, Measure.GrowthPct);
        Assert.Equal((7.0, Qualifier.About), (urban.Value, urban.Qualifier));
        Assert.Equal((8.5, Qualifier.About), (rural.Value, rural.Qualifier));
    }

    [Fact]
    public void A_single_level_for_urban_and_rural_residents_is_the_all_residents_figure()
    {
        var facts = Extract(Review + "城乡居民人均可支配收入达2.65万元、增长6.1%。");

        Assert.Equal(26500, Single(facts, "resident_income", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(6.1, Single(facts, "resident_income", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.DoesNotContain(facts, f => f.Indicator is "urban_income" or "rural_income");
    }

    [Fact]
    public void Estimates_cover_the_list_they_open_and_the_rest_of_the_review_after_xiatong()
    {
        var facts = Extract(Review + "预计地区生产总值增长3.5%;固定资产投资增长6%。粮食产量达15.2万吨。\n" +
            "主要指标增长(预计数,同比,下同)。\n社会消费品零售总额增长2.1%。" + Targets + "地区生产总值增长6%。");

        Assert.True(Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Estimate);
        Assert.True(Single(facts, "fai", FactKind.Actual, Measure.GrowthPct).Estimate);
        Assert.False(Single(facts, "grain_output", FactKind.Actual, Measure.Level).Estimate);
        Assert.True(Single(facts, "retail", FactKind.Actual, Measure.GrowthPct).Estimate);
        Assert.False(Single(facts, "gdp", FactKind.Target, Measure.GrowthPct).Estimate);
    }

    [Fact]
    public void Multi_year_results_are_period_actual_with_their_first_year()
    {
        var facts = Extract(Review + "五年来,全县地区生产总值年均增长7.7%,一般公共预算收入比2015年增长41%,累计完成固定资产投资520亿元。");

        var average = Single(facts, "gdp", FactKind.PeriodActual, Measure.AvgGrowthPct);
        Assert.Equal((7.7, 2020, 2016), (average.Value, average.Year, average.PeriodStart!.Value));
        Assert.Equal(2016, Single(facts, "budget_revenue", FactKind.PeriodActual, Measure.GrowthPct).PeriodStart);
        Assert.Equal(520, Single(facts, "fai", FactKind.PeriodActual, Measure.Level).Value);
    }

    [Fact]
    public void Plan_figures_take_the_plans_last_year()
    {
        var facts = Extract(Review + "全县经济平稳。\n二、“十四五”时期的主要目标\n地区生产总值年均增长7%以上,到2025年达到150亿元。");

        var growth = Single(facts, "gdp", FactKind.Plan, Measure.AvgGrowthPct);
        Assert.Equal((7.0, Qualifier.AtLeast, 2025), (growth.Value, growth.Qualifier, growth.Year));
        Assert.Equal(150, Single(facts, "gdp", FactKind.Plan, Measure.Level).Value);
    }

    [Fact]
    public void Rank_claims_carry_their_scope_and_measure()
    {
        var facts = Extract(Review + "地区生产总值增长6.8%,增幅全省第2、全市第一;财政总收入总量居全市第5位。");

        var province = Assert.Single(facts, f => f is { Kind: FactKind.Rank, Scope: RankScope.Province });
        var city = Assert.Single(facts, f => f is { Kind: FactKind.Rank, Scope: RankScope.City, Indicator: "gdp" });
        Assert.Equal((2.0, Measure.GrowthRank, (string?)null), (province.Value, province.Measure, province.Unit));
        Assert.Equal((1.0, Measure.GrowthRank), (city.Value, city.Measure));
        var level = Single(facts, "fiscal_revenue_total", FactKind.Rank, Measure.LevelRank);
        Assert.Equal(5, level.Value);
    }

    [Fact]
    public void A_rank_among_peers_in_brackets_keeps_its_scope()
    {
        var facts = Extract(Review + "全县地区生产总值增长7.1%,增速居全省县(市、区)第4位;经济总量稳居全市县(区)首位。");

        var growth = Single(facts, "gdp", FactKind.Rank, Measure.GrowthRank);
        var level = Single(facts, "gdp", FactKind.Rank, Measure.LevelRank);
        Assert.Equal((4.0, RankScope.Province), (growth.Value, growth.Scope));
        Assert.Equal((1.0, RankScope.City), (level.Value, level.Scope));
    }

    [Fact]
    public void A_level_a_period_rose_to_is_the_end_years_result()
    {
        var facts = Extract("一、“十三五”时期工作回顾\n五年来,全县一般公共预算收入由3.2亿元增加到5.6亿元,年均增长11.8%;" +
            "地区生产总值由2015年的80亿元跃升到2020年的120亿元。");

        var levels = facts.Where(f => f is { Indicator: "budget_revenue", Kind: FactKind.Actual, Measure: Measure.Level }).OrderBy(f => f.Year);
        Assert.Equal([(2015, 3.2), (2020, 5.6)], levels.Select(f => (f.Year, f.Value)));
        Assert.Equal(11.8, Single(facts, "budget_revenue", FactKind.PeriodActual, Measure.AvgGrowthPct).Value);
        var gdp = facts.Where(f => f is { Indicator: "gdp", Kind: FactKind.Actual, Measure: Measure.Level }).OrderBy(f => f.Year);
        Assert.Equal([(2015, 80.0), (2020, 120.0)], gdp.Select(f => (f.Year, f.Value)));
        Assert.DoesNotContain(facts, f => f is { Kind: FactKind.PeriodActual, Measure: Measure.Level });
    }

    [Fact]
    public void A_plan_named_as_a_years_task_opens_no_plan_section()
    {
        var facts = Extract("一、2023年工作回顾\n2023年,是推进“十四五”规划目标任务的攻坚之年。预计全县地区生产总值完成64.2亿元,增长6.3%。", reportYear: 2024);

        var gdp = Single(facts, "gdp", FactKind.Actual, Measure.Level);
        Assert.Equal((2023, 64.2), (gdp.Year, gdp.Value));
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Plan);
    }

    [Fact]
    public void A_rank_moving_between_named_years_is_a_claim_for_each_year()
    {
        var facts = Extract(Review + "全县经济总量全州排位由2015年的第12位上升至2020年的第9位。一般公共预算收入排名由第7位前移至第5位。");

        var gdp = facts.Where(f => f is { Indicator: "gdp", Kind: FactKind.Rank }).OrderBy(f => f.Year).ToList();
        Assert.Equal([(2015, 12.0), (2020, 9.0)], gdp.Select(f => (f.Year, f.Value)));
        Assert.All(gdp, f => Assert.Equal((Measure.LevelRank, RankScope.City), (f.Measure, f.Scope)));
        Assert.DoesNotContain(facts, f => f.Indicator == "budget_revenue");
    }

    [Fact]
    public void A_rank_claim_that_names_its_measure_again_reaches_past_a_remark()
    {
        var facts = Extract(Review + "进出口总额完成12.3亿元,增长8.1%,高于全省平均水平,总量和增速均居全市第一。" +
            "地区生产总值增长5%,旅游收入大幅增长,增速居全市第一。");

        Assert.Equal(1, Single(facts, "trade", FactKind.Rank, Measure.LevelRank).Value);
        Assert.Equal(1, Single(facts, "trade", FactKind.Rank, Measure.GrowthRank).Value);
        Assert.DoesNotContain(facts, f => f is { Indicator: "gdp", Kind: FactKind.Rank });
    }

    [Fact]
    public void A_rank_claim_shared_with_an_untracked_measure_still_ranks_the_indicator()
    {
        var facts = Extract(Review + "一般公共预算收入增速、占比居全市第二位。");

        var rank = Assert.Single(facts, f => f.Kind == FactKind.Rank);
        Assert.Equal(("budget_revenue", Measure.GrowthRank, 2.0), (rank.Indicator, rank.Measure, rank.Value));
    }

    [Fact]
    public void Other_places_and_sub_items_are_not_the_regions_facts()
    {
        var facts = Extract(Review +
            "全县地区生产总值增长4%。全省地区生产总值增长3%。高新区规模以上工业增加值增长20%。" +
            "固定资产投资增长9%,其中工业固定资产投资增长30%;工业投资增长25%。农林牧渔业总产值增长5%,增速全市第1。");

        Assert.Equal(4, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.DoesNotContain(facts, f => f.Indicator == "industrial_va");
        Assert.Equal(9, Single(facts, "fai", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Rank);
    }

    [Fact]
    public void A_place_is_another_region_only_as_the_subject_of_the_figures_and_never_when_it_is_the_report_itself()
    {
        var district = new Warehouse.Regions.Region("999902", "白沙新区", Warehouse.Regions.RegionLevel.County, "999900", "白云市", "990000", "东海省");

        var own = Extract(Review + "白沙新区全年实现地区生产总值310亿元。", district);
        var mentioned = Extract(Review + "开发区建设提速,全县地区生产总值增长5.5%。");
        var other = Extract(Review + "临港开发区全年实现地区生产总值80亿元。其中各乡镇固定资产投资增长9%。");

        Assert.Equal(310, Single(own, "gdp", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(5.5, Single(mentioned, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Empty(other);
    }

    [Fact]
    public void Qizhong_introduces_a_part_of_the_total_but_can_name_an_indicator_of_its_own()
    {
        var facts = Extract(Review + "固定资产投资增长9%,其中地方固定资产投资增长40%;一般公共预算收入8.2亿元,其中税收收入5.1亿元。");

        Assert.Equal(9, Single(facts, "fai", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(5.1, Single(facts, "tax_revenue", FactKind.Actual, Measure.Level).Value);
    }

    [Fact]
    public void Several_indicators_share_one_verb_even_past_an_item_we_do_not_track()
    {
        var facts = Extract(Review + "全县经济平稳。\n二、“十四五”时期的主要目标\n进出口总额、实际利用外资、招商引资到位资金年均增长均在12%以上。");

        Assert.Equal(12, Single(facts, "trade", FactKind.Plan, Measure.AvgGrowthPct).Value);
        Assert.Equal(Qualifier.AtLeast, Single(facts, "fdi", FactKind.Plan, Measure.AvgGrowthPct).Qualifier);
    }

    [Fact]
    public void The_same_fact_twice_is_kept_once_the_more_precise()
    {
        var facts = Extract(Review + "地区生产总值增长4%左右。全年地区生产总值增长4.13%。");

        Assert.Equal(4.13, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Evidence_is_the_raw_text_with_its_stray_spaces_and_offsets()
    {
        var raw = Review + "全县规模工业增 加值增长6.5%,税收收入1.2亿元。";

        var fact = Single(Extract(raw), "industrial_va", FactKind.Actual, Measure.GrowthPct);

        Assert.Equal("规模工业增 加值增长6.5%", fact.Evidence);
        Assert.Equal(fact.Evidence, raw[fact.RawStart..fact.RawEnd]);
        Assert.InRange(fact.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void National_wordings_and_units_are_read()
    {
        var facts = Extract(Review + "全省国内生产总值达到6.25万亿元,比上年增长7.1%;进出口贸易总额1.02万亿美元;粮食产量1.05亿吨。" +
            "居民消费价格总水平上涨2.2%。农村居民人均纯收入8120元。", Province);

        Assert.Equal(62500, Single(facts, "gdp", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(7.1, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal((10200.0, "亿美元"), Pick(Single(facts, "trade", FactKind.Actual, Measure.Level)));
        Assert.Equal((10500.0, "万吨"), Pick(Single(facts, "grain_output", FactKind.Actual, Measure.Level)));
        Assert.Equal(2.2, Single(facts, "cpi", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(8120, Single(facts, "rural_income", FactKind.Actual, Measure.Level).Value);

        static (double, string?) Pick(Fact f) => (f.Value, f.Unit);
    }

    [Fact]
    public void Words_on_prices_and_comparable_terms_keep_a_figure_with_its_indicator()
    {
        var facts = Extract(Review + "全县生产总值82亿元,按可比价格计算增长6.3%。城镇居民人均可支配收入30500元,农村居民人均纯收入15200元,扣除价格因素,实际增长5.1%和7.2%。" +
            "固定资产投资完成额58亿元,一般公共预算收入自然增幅7.5%。");

        Assert.Equal(6.3, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(58, Single(facts, "fai", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(7.5, Single(facts, "budget_revenue", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(5.1, Single(facts, "urban_income", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(7.2, Single(facts, "rural_income", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Growth_against_a_base_year_and_growth_as_a_multiple_are_period_results()
    {
        var facts = Extract(Review + "五年来,全县发展成效明显。2020年与2015年相比,地区生产总值增长42%,年均增长7.3%。" +
            "五年间,外贸进出口总额增长1.2倍。");

        var growth = Single(facts, "gdp", FactKind.PeriodActual, Measure.GrowthPct);
        Assert.Equal((42.0, 2020, 2016), (growth.Value, growth.Year, growth.PeriodStart!.Value));
        Assert.Equal(2016, Single(facts, "gdp", FactKind.PeriodActual, Measure.AvgGrowthPct).PeriodStart);
        var trade = Single(facts, "trade", FactKind.PeriodActual, Measure.GrowthPct);
        Assert.Equal((120.0, 2016), (trade.Value, trade.PeriodStart!.Value));
    }

    [Fact]
    public void A_year_the_words_name_is_the_facts_year()
    {
        var facts = Extract(Review + "粮食连续三年增产,2018年产量达到51.6万吨。");

        var grain = Single(facts, "grain_output", FactKind.Actual, Measure.Level);
        Assert.Equal((51.6, 2018), (grain.Value, grain.Year));
    }

    [Fact]
    public void A_from_to_pair_with_years_gives_each_year_its_level()
    {
        var facts = Extract(Review + "五年来,农民人均可支配收入由2015年9800元增加到2020年14300元。");

        var levels = facts.Where(f => f is { Indicator: "rural_income", Kind: FactKind.Actual, Measure: Measure.Level }).OrderBy(f => f.Year);
        Assert.Equal([(2015, 9800.0), (2020, 14300.0)], levels.Select(f => (f.Year, f.Value)));
    }

    [Fact]
    public void A_level_held_for_years_in_a_row_is_a_period_result_from_its_first_year()
    {
        var facts = Extract(Review + "粮食产量连续3年稳定在40万吨以上。");

        var grain = Single(facts, "grain_output", FactKind.PeriodActual, Measure.Level);
        Assert.Equal((40.0, Qualifier.AtLeast, 2018), (grain.Value, grain.Qualifier, grain.PeriodStart!.Value));
    }

    [Fact]
    public void In_a_multi_year_passage_new_jobs_and_foreign_investment_are_totals_over_the_period()
    {
        var facts = Extract("一、“十三五”时期发展回顾\n这五年,民生持续改善。城镇新增就业3.6万人,实际利用外资4.2亿美元," +
            "城乡居民人均可支配收入分别增长45%和61%。\n二、2020年工作回顾\n过去一年,城镇新增就业7200人。");

        var jobs = Single(facts, "new_urban_jobs", FactKind.PeriodActual, Measure.Level);
        Assert.Equal((3.6, "万人", 2016), (jobs.Value, jobs.Unit, jobs.PeriodStart!.Value));
        Assert.Equal(4.2, Single(facts, "fdi", FactKind.PeriodActual, Measure.Level).Value);
        Assert.Equal(61, Single(facts, "rural_income", FactKind.PeriodActual, Measure.GrowthPct).Value);
        Assert.Equal(7200, Single(facts, "new_urban_jobs", FactKind.Actual, Measure.Level).Value);
    }

    [Fact]
    public void A_preliminary_count_marks_the_list_it_opens_as_estimates()
    {
        var facts = Extract(Review + "初步统计,全县地区生产总值95亿元、增长5.5%,城镇登记失业率3.1%。粮食产量12万吨。");

        Assert.True(Single(facts, "gdp", FactKind.Actual, Measure.Level).Estimate);
        Assert.True(Single(facts, "unemployment", FactKind.Actual, Measure.Level).Estimate);
        Assert.False(Single(facts, "grain_output", FactKind.Actual, Measure.Level).Estimate);
    }

    [Theory]
    [InlineData("(初步核算数,下同)", true)]
    [InlineData("(以下均为预计数)", true)]
    [InlineData("(预计数)", false)]
    public void A_bracketed_estimate_note_covers_the_rest_of_the_review_only_when_it_says_so(string note, bool laterIsEstimate)
    {
        var facts = Extract(Review + $"全县地区生产总值增长5.1%{note}。固定资产投资增长7%。" + Targets + "地区生产总值增长6%。");

        Assert.True(Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Estimate);
        Assert.Equal(laterIsEstimate, Single(facts, "fai", FactKind.Actual, Measure.GrowthPct).Estimate);
        Assert.False(Single(facts, "gdp", FactKind.Target, Measure.GrowthPct).Estimate);
    }

    [Fact]
    public void Short_and_paired_wordings_of_targets_are_read()
    {
        var facts = Extract(Review + "全县经济平稳。" + Targets + "出口增长6%,农产品出口增长20%,城镇居民、农村居民人均可支配收入分别增长6.5%、7.5%。");

        Assert.Equal(6, Single(facts, "exports", FactKind.Target, Measure.GrowthPct).Value);
        Assert.Equal(6.5, Single(facts, "urban_income", FactKind.Target, Measure.GrowthPct).Value);
        Assert.Equal(7.5, Single(facts, "rural_income", FactKind.Target, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Words_that_do_not_name_another_thing_keep_the_figure_with_its_indicator()
    {
        var facts = Extract(Review + "地区生产总值首次突破千亿,达到1020亿元人民币,同比增长6.2%。预计一般公共预算收入将达到52亿元。");

        Assert.Equal(1020, Single(facts, "gdp", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(6.2, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(52, Single(facts, "budget_revenue", FactKind.Actual, Measure.Level).Value);
    }

    [Fact]
    public void A_list_led_by_an_item_we_do_not_track_maps_its_figures_from_the_end()
    {
        var facts = Extract(Review + "建筑业产值和社会消费品零售总额分别增长11.5%和4.2%。");

        Assert.Equal(4.2, Single(facts, "retail", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void A_figure_set_as_a_standard_is_no_result()
    {
        var facts = Extract(Review + "我县将农民人均纯收入4000元作为脱贫标准。");

        Assert.Empty(facts);
    }

    [Fact]
    public void This_years_figure_in_a_news_review_is_a_target()
    {
        var facts = Extract("县长说,去年地区生产总值增长6.1%,今年地区生产总值预期增长6.5%左右。");

        Assert.Equal(6.1, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        var target = Single(facts, "gdp", FactKind.Target, Measure.GrowthPct);
        Assert.Equal((6.5, 2021, Qualifier.About), (target.Value, target.Year, target.Qualifier));
    }

    [Fact]
    public void A_list_of_ranks_with_one_scope_maps_onto_the_items_in_order()
    {
        var facts = Extract(Review + "城乡居民人均可支配收入分别增长7.1%、8.3%,分别排名全市第6和第2。");

        Assert.Equal(6, Single(facts, "urban_income", FactKind.Rank, Measure.GrowthRank).Value);
        Assert.Equal(2, Single(facts, "rural_income", FactKind.Rank, Measure.GrowthRank).Value);
    }

    [Fact]
    public void A_change_in_amount_between_a_level_and_its_growth_keeps_the_subject()
    {
        var facts = Extract(Review + "全县地区生产总值达到210亿元,净增18亿元,同比增长7%。城镇调查失业率降到5.1%。");

        Assert.Equal(210, Single(facts, "gdp", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(7, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(5.1, Single(facts, "unemployment", FactKind.Actual, Measure.Level).Value);
    }

    [Fact]
    public void Bounds_in_a_from_to_pair_are_kept_for_each_year()
    {
        var facts = Extract("一、过去五年工作回顾\n过去五年,全省地区生产总值从不到3万亿元增加到接近4.5万亿元。", Province);

        var levels = facts.Where(f => f is { Indicator: "gdp", Measure: Measure.Level }).OrderBy(f => f.Year).ToList();
        Assert.Equal([(2015, 30000.0, Qualifier.AtMost), (2020, 45000.0, Qualifier.About)], levels.Select(f => (f.Year, f.Value, f.Qualifier)));
    }

    [Fact]
    public void Doubling_against_a_base_year_is_a_plans_growth_of_a_hundred_percent()
    {
        var facts = Extract(Review + "全县经济平稳。\n二、“十四五”时期的主要目标\n到2025年,地区生产总值比2020年翻一番,居民人均可支配收入年均增长7%。");

        var gdp = Single(facts, "gdp", FactKind.Plan, Measure.GrowthPct);
        Assert.Equal((100.0, 2025), (gdp.Value, gdp.Year));
        Assert.Equal(7, Single(facts, "resident_income", FactKind.Plan, Measure.AvgGrowthPct).Value);
    }

    [Fact]
    public void Urban_and_rural_residents_listed_with_other_items_are_the_residents_as_a_whole_unless_each_is_said()
    {
        var whole = Extract(Review + "地区生产总值和城乡居民收入比2015年增长40%。");
        var each = Extract(Review + "地区生产总值和城乡居民人均可支配收入均增长7.4%。");

        Assert.Equal(40, Single(whole, "resident_income", FactKind.PeriodActual, Measure.GrowthPct).Value);
        Assert.DoesNotContain(whole, f => f.Indicator is "urban_income" or "rural_income");
        Assert.Equal(7.4, Single(each, "urban_income", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(7.4, Single(each, "rural_income", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void Short_wordings_count_only_where_a_clause_begins()
    {
        var facts = Extract(Review + "其中,出口增长12%;光伏产品“新三样”出口增长30%;数字经济增长20%;全省经济增长7.1%。" +
            Targets + "\n◆经济增长6%左右;\n◆居民消费价格涨幅3%左右。", Province);

        Assert.Equal(12, Single(facts, "exports", FactKind.Actual, Measure.GrowthPct).Value);
        Assert.Equal(7.1, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        var target = Single(facts, "gdp", FactKind.Target, Measure.GrowthPct);
        Assert.Equal((6.0, Qualifier.About), (target.Value, target.Qualifier));
    }

    [Fact]
    public void Figures_of_a_part_of_the_region_are_not_the_regions()
    {
        var facts = Extract(Review + "脱贫地区农村居民人均可支配收入增长9%。", Province);

        Assert.Empty(facts);
    }

    [Fact]
    public void Targets_listed_one_per_line_after_their_heading_are_all_targets()
    {
        var facts = Extract(Review + "全县经济平稳。\n今年经济社会发展的主要预期目标\n◆地区生产总值增长5%;\n◆固定资产投资增长4%;\n" +
            "过去一年,社会消费品零售总额增长3%。");

        Assert.Equal(5, Single(facts, "gdp", FactKind.Target, Measure.GrowthPct).Value);
        Assert.Equal(4, Single(facts, "fai", FactKind.Target, Measure.GrowthPct).Value);
        Assert.Equal(3, Single(facts, "retail", FactKind.Actual, Measure.GrowthPct).Value);
    }

    [Fact]
    public void A_period_passage_lasts_until_a_single_year_is_named()
    {
        var filler = string.Concat(Enumerable.Repeat("各项事业全面进步,人民群众获得感明显增强。", 20));
        var facts = Extract("一、过去五年工作回顾\n过去五年,全县发展成就显著。" + filler + "城镇新增就业2.4万人。\n" +
            "2020年,全县实际利用外资1.2亿美元。");

        Assert.Equal(2.4, Single(facts, "new_urban_jobs", FactKind.PeriodActual, Measure.Level).Value);
        Assert.Equal(1.2, Single(facts, "fdi", FactKind.Actual, Measure.Level).Value);
    }

    [Fact]
    public void An_estimate_naming_its_year_still_covers_the_list()
    {
        var facts = Extract(Review + "预计2020年全县地区生产总值完成98亿元;规模以上工业增加值增长6%。");

        Assert.True(Single(facts, "gdp", FactKind.Actual, Measure.Level).Estimate);
        Assert.True(Single(facts, "industrial_va", FactKind.Actual, Measure.GrowthPct).Estimate);
    }

    [Fact]
    public void The_nations_report_speaks_of_itself_as_the_country_and_ranks_itself_in_the_world()
    {
        var facts = Extract("一、过去一年工作回顾\n全国财政收入8.6万亿元,增长12%。进出口总额3.1万亿美元,增长9%,由上年居世界第三位上升为第二位。" +
            "国内生产总值年均增长8.2%,从世界第五位上升到第三位。", Nation, 2012);

        Assert.Equal(86000, Single(facts, "fiscal_revenue_total", FactKind.Actual, Measure.Level).Value);
        var trade = facts.Where(f => f is { Indicator: "trade", Kind: FactKind.Rank }).OrderBy(f => f.Year).ToList();
        Assert.Equal([(2010, 3.0), (2011, 2.0)], trade.Select(f => (f.Year, f.Value)));
        Assert.All(trade, f => Assert.Equal((Measure.LevelRank, RankScope.World), (f.Measure, f.Scope!.Value)));
        var gdp = Single(facts, "gdp", FactKind.Rank, Measure.LevelRank);
        Assert.Equal((3.0, RankScope.World), (gdp.Value, gdp.Scope!.Value));
    }

    [Fact]
    public void A_source_named_on_the_way_and_a_growth_named_after_its_figure_keep_the_figure()
    {
        var facts = Extract(Review + "全县地区生产总值根据第四次经济普查结果完成145亿元。全县经济实现7.5%的较快增长。" +
            "全县经济平稳。\n二、“十四五”时期的主要目标\n“十四五”时期经济年均增长保持在6%以上。");

        Assert.Equal(145, Single(facts, "gdp", FactKind.Actual, Measure.Level).Value);
        Assert.Equal(7.5, Single(facts, "gdp", FactKind.Actual, Measure.GrowthPct).Value);
        var plan = Single(facts, "gdp", FactKind.Plan, Measure.AvgGrowthPct);
        Assert.Equal((6.0, Qualifier.AtLeast), (plan.Value, plan.Qualifier));
    }

    [Fact]
    public void Negative_reports_and_reports_without_a_year_give_no_facts()
    {
        var report = Report(Review + "地区生产总值增长4%。");

        Assert.Empty(new FactExtractor().Extract(report with { NegativeReason = "not a work report" }));
        Assert.Empty(new FactExtractor().Extract(report with { ReportYear = null, ReviewYear = null }));
    }
}
