using Warehouse.Identification;

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
}
