using Warehouse.Identification;
using Warehouse.Regions;

namespace Warehouse.Intake.Tests;

public sealed class ReportDateReaderTests
{
    private const string Body = "各位代表:现在,我代表县人民政府向大会报告工作。";

    [Fact]
    public void TitleYearIsTheReportYear()
    {
        var dates = ReportDateReader.Read("2023年某某县政府工作报告\n2023年2月15日在县第五届人民代表大会第三次会议上", Body);
        Assert.Equal(2023, dates.ReportYear);
        Assert.Equal(2022, dates.ReviewYear);
        Assert.Equal("2023-02-15", dates.MeetingDate);
        Assert.Empty(dates.Warnings);
    }

    [Theory]
    [InlineData("2027年某某镇政府工作报告", 2027)]
    [InlineData("20٢7年某某镇政府工作报告", null)]
    public void ATitleYearIsWrittenInAsciiDigits(string header, int? reportYear)
    {
        Assert.Equal(reportYear, ReportDateReader.Read(header, Body).ReportYear);
    }

    [Fact]
    public void DecemberDeliveryBelongsToNextYear()
    {
        var dates = ReportDateReader.Read("——2019年12月28日在县第五届人民代表大会第三次会议上", Body);
        Assert.Equal(2020, dates.ReportYear);
        Assert.Equal(2019, dates.ReviewYear);
        Assert.Equal("2019-12-28", dates.MeetingDate);
    }

    [Fact]
    public void DecemberDeliveryAgreesWithTitleYear()
    {
        var dates = ReportDateReader.Read("某县2020年政府工作报告\n2019年12月28日在县第五届人民代表大会第三次会议上", Body);
        Assert.Equal(2020, dates.ReportYear);
        Assert.Empty(dates.Warnings);
    }

    [Fact]
    public void MonthOnlyMeetingDate()
    {
        var dates = ReportDateReader.Read("2018年1月在区第八届人民代表大会第二次会议上", Body);
        Assert.Equal("2018-01", dates.MeetingDate);
        Assert.Equal(2018, dates.ReportYear);
    }

    [Fact]
    public void YearOnlyInSectionHeadings()
    {
        var body = Body + "\n2016年工作回顾\n过去一年,发布时间2019-07-01。\n2017年工作安排\n今年工作的总体要求是……";
        var dates = ReportDateReader.Read("县长在某县第十六届人民代表大会第一次会议上作政府工作报告", body);
        Assert.Equal(2017, dates.ReportYear);
        Assert.Equal(2016, dates.ReviewYear);
        Assert.Null(dates.MeetingDate);
    }

    [Fact]
    public void YearOnlyInReviewHeading()
    {
        var dates = ReportDateReader.Read("在某县第十六届人民代表大会第一次会议上", Body + "\n一、2015年工作回顾\n");
        Assert.Equal(2016, dates.ReportYear);
    }

    [Fact]
    public void NoYearAtAllIsAWarning()
    {
        var dates = ReportDateReader.Read("某县政府工作报告", Body);
        Assert.Null(dates.ReportYear);
        Assert.Null(dates.ReviewYear);
        Assert.NotEmpty(dates.Warnings);
    }

    [Theory]
    [InlineData("二、2007年工作总体部署")]
    [InlineData("二、2007年主要任务")]
    [InlineData("三、2007年的工作")]
    [InlineData("报告分为三个部分:一、政府工作回顾;二、2007年政府工作重点;三、自身建设")]
    [InlineData("一是2006年工作回顾,二是2007年工作安排")]
    [InlineData("李四指出,2007年政府工作的总体要求是:稳中求进。")]
    public void PlanningCuesOfAnyWording(string line)
    {
        var dates = ReportDateReader.Read("", Body + "\n" + line + "\n");
        Assert.Equal((2007, 2006), (dates.ReportYear, dates.ReviewYear));
    }

    [Fact]
    public void TargetsReportedAsMetAreNotTheYearPlannedFor()
    {
        var dates = ReportDateReader.Read("", "过去一年,全面完成了2014年主要预期目标。预计2014年全县地区生产总值增长8%。");
        Assert.Equal(2015, dates.ReportYear);
    }

    [Theory]
    [InlineData("李四在报告中回顾了2014年政府工作。")]
    [InlineData("刚刚过去的2014年,是不平凡的一年。")]
    [InlineData("预计2014年全县地区生产总值增长8%,是2009年的2倍。")]
    [InlineData("李四在报告中说,2014年,全县地区生产总值增长8%。")]
    [InlineData("李四在政府工作报告中提到,2014年全县经济平稳运行。")]
    [InlineData("李四说,2014年,全县经济平稳运行。")]
    public void ReviewCuesInRunningText(string sentence)
    {
        var dates = ReportDateReader.Read("", sentence);
        Assert.Equal((2015, 2014), (dates.ReportYear, dates.ReviewYear));
    }

    [Theory]
    [InlineData("今年是“十五五”开局之年,要开好局。", 2026)]
    [InlineData("今年是十三五规划的收官之年。", 2020)]
    [InlineData("过去一年,我们实现了“十四五”精彩开局。", 2022)]
    [InlineData("过去一年,实现“十一五”圆满收官。", 2011)]
    public void FiveYearPlansOfAnyEraDateTheText(string sentence, int reportYear)
    {
        var dates = ReportDateReader.Read("", sentence);
        Assert.Equal(reportYear, dates.ReportYear);
        Assert.Contains(dates.Warnings, warning => warning.Contains("five-year plan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("浙江省", "省十三届人大二次会议今天在杭州开幕。", 2019)]
    [InlineData("浙江省", "浙江省第十二届人民代表大会第一次会议在杭州隆重开幕。", 2013)]
    [InlineData("浙江省", "浙江省第十三届人民代表大会第七次会议在杭州开幕。", 2022)]
    [InlineData("上海市", "上海市第十五届人民代表大会第三次会议开幕。", 2020)]
    [InlineData("中华人民共和国", "第十一届全国人民代表大会第二次会议在北京开幕。", 2009)]
    public void CongressSessionsOfProvincesAndTheNationDateTheText(string region, string sentence, int reportYear)
    {
        var dates = ReportDateReader.Read("", sentence + "今年生产总值增长7%左右。", Region(region));
        Assert.Equal(reportYear, dates.ReportYear);
    }

    [Fact]
    public void CountyCongressSessionsDoNotDateTheText()
    {
        var dates = ReportDateReader.Read("", "永嘉县第十七届人民代表大会第三次会议开幕。", Region("永嘉县"));
        Assert.Null(dates.ReportYear);
    }

    [Fact]
    public void NewsPageDatedLikeItsDatelineGivesTheYear()
    {
        var dates = ReportDateReader.Read("", "发布时间:2019-01-16 10:20\n本报讯 1月16日上午,县人代会开幕,县长作政府工作报告。");
        Assert.Equal(2019, dates.ReportYear);

        var reposted = ReportDateReader.Read("", "发布时间:2021-07-27 10:20\n本报讯 1月16日上午,县人代会开幕,县长作政府工作报告。");
        Assert.Null(reposted.ReportYear);
    }

    [Fact]
    public void TitleNamingTheYearOfADecemberDeliveryIsCorrected()
    {
        var dates = ReportDateReader.Read("2020年永嘉县政府工作报告\n2020年12月23日在永嘉县第十八届人民代表大会第五次会议上", Body);
        Assert.Equal((2021, 2020), (dates.ReportYear, dates.ReviewYear));
        Assert.Contains(dates.Warnings, warning => warning.Contains("December", StringComparison.Ordinal));
    }

    [Fact]
    public void YearNamedMostIsTheReviewedOneAsALastResort()
    {
        var dates = ReportDateReader.Read("", Body + "2017年全县上下团结奋进。2017年度经济运行平稳,比2012年翻一番,到2020年全面小康。");
        Assert.Equal((2018, 2017), (dates.ReportYear, dates.ReviewYear));
        Assert.Contains(dates.Warnings, warning => warning.Contains("names most", StringComparison.Ordinal));
    }

    private static Region Region(string name) => Gazetteer.Load().ByFullName(name).Single();

    [Fact]
    public void TheYearTheTextCallsThisYearIsTheReportYear()
    {
        var dates = ReportDateReader.Read("", "报告说,2024年是实施“十四五”规划的关键之年。今年全市发展的主要预期目标是:地区生产总值增长6%左右。");
        Assert.Equal(2024, dates.ReportYear);
    }

    [Fact]
    public void TargetsOfAYearAfterAComma()
    {
        var dates = ReportDateReader.Read("", "区长作报告。2016年,全区经济社会发展的主要预期目标是:地区生产总值增长8%。");
        Assert.Equal(2016, dates.ReportYear);
    }

    [Fact]
    public void AWorkHeadingInsideTheReviewIsNoPlan()
    {
        var dates = ReportDateReader.Read("", "一、2022年工作回顾\n(一)2022年主要工作\n全县经济平稳。\n二、2023年工作安排\n");
        Assert.Equal(2023, dates.ReportYear);
    }

    [Fact]
    public void ANewsPageDatedWeeksAfterTheMeetingGivesItsYear()
    {
        var dates = ReportDateReader.Read("", "某某新闻网 2017-03-02 08:15\n2月12日上午,市第六届人民代表大会第一次会议开幕。市长作政府工作报告。");
        Assert.Equal(2017, dates.ReportYear);
    }
}
