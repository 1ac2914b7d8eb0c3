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
        Assert.Equal(14, FiveYearPlans.NumberOf("十四五"));
    }
}
