using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Tests;

public sealed class SectionClassifierTests
{
    private static SectionKind KindAt(string text, string phrase, int reportYear = 2021)
    {
        var sections = new SectionClassifier().Classify(text, reportYear);
        return SectionClassifier.At(sections, text.IndexOf(phrase, StringComparison.Ordinal)).Kind;
    }

    private const string Text =
        "一、2020年工作回顾\n过去一年,甲项增长。\n五年来,乙项年均增长。\n二、“十四五”时期主要目标\n丙项年均增长。\n" +
        "三、2021年工作安排\n今年经济社会发展的主要预期目标是:丁项增长。\n为实现上述目标,重点抓好以下工作:戊项。\n二〇三五年远景目标是:己项。\n";

    [Theory]
    [InlineData("甲项", SectionKind.Review)]
    [InlineData("乙项", SectionKind.PeriodReview)]
    [InlineData("丙项", SectionKind.Plan)]
    [InlineData("丁项", SectionKind.Targets)]
    [InlineData("戊项", SectionKind.WorkPlan)]
    [InlineData("己项", SectionKind.Other)]
    public void Headings_open_their_sections(string phrase, SectionKind kind) => Assert.Equal(kind, KindAt(Text, phrase));

    [Fact]
    public void The_plan_section_knows_its_last_year()
    {
        var sections = new SectionClassifier().Classify(Text, 2021);

        Assert.Equal(2025, SectionClassifier.At(sections, Text.IndexOf("丙项", StringComparison.Ordinal)).PlanEndYear);
    }

    [Fact]
    public void A_digests_outlook_heading_opens_the_targets()
    {
        const string text = "回顾2020年\n甲项增长6.1%\n展望2021年\n乙项增长7%左右\n";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项"));
        Assert.Equal(SectionKind.Targets, KindAt(text, "乙项"));
        Assert.Equal(SectionKind.Review, KindAt("展望2021年,我们信心十足。甲项增长6.1%。", "甲项"));
    }

    [Fact]
    public void A_reports_outline_opens_no_sections()
    {
        const string text = "县长作报告。报告分三个部分:一是2022年工作回顾;二是“十四五”时期的主要目标;三是2023年工作安排。\n全县甲项增长。";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项", 2023));
        const string listed = "报告分为过去五年的回顾、今后五年的主要目标和今年的工作安排三大部分。\n全县甲项增长。";
        Assert.Equal(SectionKind.Review, KindAt(listed, "甲项", 2023));
    }

    [Fact]
    public void Targets_end_with_their_paragraph()
    {
        const string text = "主要预期目标是:甲项增长。乙项增长。\n丙项增长。";

        Assert.Equal(SectionKind.Targets, KindAt(text, "乙项"));
        Assert.Equal(SectionKind.WorkPlan, KindAt(text, "丙项"));
    }

    [Fact]
    public void A_past_plan_mentioned_in_the_review_opens_no_plan()
    {
        const string text = "2020年工作回顾。全面完成“十三五”规划确定的主要目标任务,甲项增长。";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项"));
    }

    [Fact]
    public void Five_year_plans_have_their_years()
    {
        Assert.Equal(2020, FiveYearPlans.EndYear(13));
        Assert.Equal(2025, FiveYearPlans.EndYear(FiveYearPlans.Containing(2021)));
        Assert.Equal(2025, FiveYearPlans.EndYear(FiveYearPlans.Containing(2025)));
        Assert.Equal(2010, FiveYearPlans.EndYear(FiveYearPlans.Containing(2006)));
        Assert.Equal(14, FiveYearPlans.NumberOf("十四五"));
    }

    [Theory]
    [InlineData("“十五”", 10)]
    [InlineData("十一五", 11)]
    [InlineData("十五五", 15)]
    [InlineData("十六五", 16)]
    public void Plans_of_every_era_are_numbered(string name, int number) => Assert.Equal(number, FiveYearPlans.NumberOf(name));

    [Theory]
    [InlineData("二、“十一五”时期的主要目标\n甲项年均增长。", 2006, SectionKind.Plan, 2010)]
    [InlineData("二、“十二五”时期的发展目标\n甲项年均增长。", 2011, SectionKind.Plan, 2015)]
    [InlineData("“十五”期间经济社会发展回顾\n甲项年均增长。", 2006, SectionKind.PeriodReview, 2005)]
    [InlineData("“十一五”时期的回顾\n甲项年均增长。", 2011, SectionKind.PeriodReview, 2010)]
    public void Plans_and_period_reviews_of_earlier_eras_open_their_sections(string text, int reportYear, SectionKind kind, int endYear)
    {
        var section = SectionClassifier.At(new SectionClassifier().Classify(text, reportYear), text.IndexOf("甲项", StringComparison.Ordinal));

        Assert.Equal((kind, endYear), (section.Kind, section.PlanEndYear!.Value));
    }

    [Fact]
    public void A_congress_numbered_fifteen_is_no_plan()
    {
        const string text = "第十五届人民代表大会第三次会议,过去一年主要目标任务完成,甲项增长。";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项", 2006));
    }

    [Fact]
    public void A_remark_on_the_expected_targets_opens_no_targets()
    {
        const string text = "一、2020年工作回顾\n新增就业超过预期目标,甲项增长;与年初预期目标相比,乙项增长。";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项"));
        Assert.Equal(SectionKind.Review, KindAt(text, "乙项"));
    }

    [Fact]
    public void This_years_growth_target_opens_the_targets()
    {
        const string text = "市长说,去年甲项增长。今年地区生产总值增长目标为6%左右,乙项增长。";

        Assert.Equal(SectionKind.Targets, KindAt(text, "乙项"));
    }

    [Fact]
    public void A_list_of_the_reports_parts_opens_no_sections()
    {
        const string text = "报告共分为三个部分:一、政府工作回顾;二、今后五年的目标任务;三、今年重点工作。市长说,去年甲项增长。";

        Assert.Equal(SectionKind.Review, KindAt(text, "甲项"));
    }

    [Fact]
    public void A_paragraph_opening_with_the_past_year_is_a_review_wherever_it_stands()
    {
        const string text = "二、“十五五”时期的主要目标\n甲项年均增长。\n今年是开局之年。过去一年,我们克服困难。乙项增长。\n丙项年均增长。";

        Assert.Equal(SectionKind.Plan, KindAt(text, "甲项", 2026));
        Assert.Equal(SectionKind.Review, KindAt(text, "乙项", 2026));
        Assert.Equal(SectionKind.Plan, KindAt(text, "丙项", 2026));
    }
}
