using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Intake.Tests;

/// <summary>Texts that look like work reports but are not: each must come out negative, with its reason.</summary>
public sealed class NegativeReportTests
{
    private static readonly ReportIdentifier Identifier = new(new TextNormalizer(), new RegionResolver(Gazetteer.Load()));

    [Fact]
    public void RealReportIsNotNegative()
    {
        var report = Assert.Single(Identifier.Identify("real.txt", "00", SyntheticReports.Report("桐庐县", 2019)));
        Assert.Null(report.NegativeReason);
    }

    [Fact]
    public void NovelChapterIsFiction()
    {
        const string chapter = """
            第十二章 县长的报告
            会场里坐满了人。李县长清了清嗓子,他看着台下,低声念道:
            桐庐县2019年政府工作报告
            各位代表:现在,我代表县人民政府向大会报告工作。
            她笑着摇了摇头,心里想,这份报告又是秘书写的。他说:"今年地区生产总值增长了8%。"
            他望着窗外,她问:"你真的相信这些数字吗?"
            """;

        var report = Assert.Single(Identifier.Identify("novel.txt", "00", chapter));

        Assert.Contains("fiction", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateWithPlaceholdersIsATemplate()
    {
        var template = SyntheticReports.Report("xx县", 2020)
            .Replace("5.2%", "xx%", StringComparison.Ordinal)
            .Replace("8.1亿元", "xx亿元", StringComparison.Ordinal)
            .Replace("6%左右", "xx%左右", StringComparison.Ordinal);

        var report = Assert.Single(Identifier.Identify("template.txt", "00", template));

        Assert.Contains("template", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void StatisticalBulletinIsNotAReport()
    {
        const string bulletin = """
            桐庐县2019年国民经济和社会发展统计公报
            桐庐县统计局
            2020年3月10日
            一、综合
            初步核算,全年地区生产总值增长6.8%。一般公共预算收入增长5.1%。
            二、农业
            全年粮食总产量5.2万吨,比上年增长1.2%。
            """;

        var report = Assert.Single(Identifier.Identify("bulletin.txt", "00", bulletin));

        Assert.Contains("statistical bulletin", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void CompanyWorkReportIsNotAGovernmentReport()
    {
        const string company = """
            某某能源集团有限公司2021年工作报告
            ——在公司第三届职工代表大会第二次会议上
            各位代表:
            现在,我代表公司经营班子向大会报告工作。2020年,公司实现营业收入52亿元,增长12%。
            """;

        var report = Assert.Single(Identifier.Identify("company.txt", "00", company));

        Assert.Contains("organisation", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutReportStructureIsNegative()
    {
        var report = Assert.Single(Identifier.Identify("news.txt", "00", "今日天气晴,气温15度。\n市民出行注意安全。\n"));
        Assert.Contains("no government work report", report.NegativeReason, StringComparison.Ordinal);
    }
}
