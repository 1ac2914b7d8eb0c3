using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Intake.Tests;

public sealed class ReportSplitterTests
{
    private static readonly ReportIdentifier Identifier = new(new TextNormalizer(), new RegionResolver(Gazetteer.Load()));

    [Fact]
    public void FindsEveryReportInADumpAndCutsTheFurniture()
    {
        var dump = string.Join("\n", [
            "-",
            "【桐庐招商】" + SyntheticReports.Report("桐庐县", 2019).TrimEnd(),
            "2024-01-02",
            "-",
            SyntheticReports.Report("吴中区", 2020, speaker: "区").TrimEnd(),
            "2024-01-02",
            "-",
            SyntheticReports.Report("苏州市", 2021, speaker: "市").TrimEnd(),
            "2024-01-02",
            "有想补充的信息?点我投稿",
            "- 联系我们",
        ]);

        var reports = Identifier.Identify("dump.txt", "00", dump);

        Assert.Equal(["桐庐县", "吴中区", "苏州市"], reports.Select(report => report.Region?.Name));
        Assert.Equal([2019, 2020, 2021], reports.Select(report => report.ReportYear));
        Assert.All(reports, report =>
        {
            Assert.EndsWith("努力奋斗!", report.Text.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("2024-01-02", report.Text.Text, StringComparison.Ordinal);
            Assert.Equal(report.Text.Raw, dump.Substring(report.RawStart, report.Text.Raw.Length));
        });
        Assert.Equal([0, 1, 2], reports.Select(report => report.IndexInFile));
    }

    [Fact]
    public void ForumChromeBeforeTheReportIsLeftOut()
    {
        var page = "设为首页\n查看: 12|回复: 0\n[浙江] 2019年桐庐县政府工作报告\n[复制链接]\n签到天数: 5 天\n主题\n帖子\n积分\n发表于 2019-3-1 10:00\n"
            + SyntheticReports.Report("桐庐县", 2019)
            + "您需要登录后才可以回帖 登录 | 立即注册\n快速回复 返回顶部\n";

        var report = Assert.Single(Identifier.Identify("forum.txt", "00", page));

        Assert.StartsWith("桐庐县2019年政府工作报告", report.Text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("登录", report.Text.Text, StringComparison.Ordinal);
        Assert.Equal("桐庐县", report.Region?.Name);
    }

    [Fact]
    public void FurnitureBetweenTitleAndOpeningIsCutFromTheText()
    {
        var report = SyntheticReports.Report("桐庐县", 2019);
        var firstBreak = report.IndexOf('\n');
        var page = "购物车\n" + report[..(firstBreak + 1)] + "加入Vip免费下载 立即下载\n" + report[(firstBreak + 1)..];

        var found = Assert.Single(Identifier.Identify("shop.txt", "00", page));

        Assert.DoesNotContain("下载", found.Text.Text, StringComparison.Ordinal);
        Assert.Contains("县长张三", found.Text.Text, StringComparison.Ordinal);
        Assert.Contains("加入Vip免费下载", found.Text.Raw, StringComparison.Ordinal);
        var opening = found.Text.Text.IndexOf("各位代表", StringComparison.Ordinal);
        Assert.Equal("各位代表", found.Text.RawSlice(opening, opening + 4));
    }

    [Fact]
    public void RelatedLinksAreNotReports()
    {
        var page = SyntheticReports.Report("桐庐县", 2019) + "相关稿件\n2018年桐庐县政府工作报告\n2017年桐庐县政府工作报告\n";

        var report = Assert.Single(Identifier.Identify("page.txt", "00", page));

        Assert.DoesNotContain("相关稿件", report.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SpeechParagraphsStartingWithTheOpeningDoNotSplitTheReport()
    {
        var text = SyntheticReports.Report("桐庐县", 2019) + "各位代表!在县第十七届人大三次会议上确定的任务已经完成。\n各位代表!目标是:继续努力。\n";
        Assert.Single(Identifier.Identify("one.txt", "00", text));
    }

    [Fact]
    public void TraditionalReportIsIdentified()
    {
        var text = "當前頁麵: 首頁 > 政務公開\n桐廬縣2019年政府工作報告\n2019年1月10日在桐廬縣\n第十七屆人民代表大會第三次會議上\n各位代表:\n現在,我代表縣人民政府向大會作政府工作報告,請予審議。\n";

        var report = Assert.Single(Identifier.Identify("tw.txt", "00", text));

        Assert.Equal("桐庐县", report.Region?.Name);
        Assert.Equal(2019, report.ReportYear);
        Assert.Equal("2019-01-10", report.MeetingDate);
        Assert.Equal("桐廬縣2019年政府工作報告", report.TitleEvidence);
    }

    [Fact]
    public void ReportWithoutOpeningIsStillFoundByItsTitle()
    {
        var body = string.Concat(Enumerable.Repeat("过去一年,全县地区生产总值增长5%,一般公共预算收入增长3%。\n", 40));
        var text = "首页 > 政务公开\n桐庐县2019年政府工作报告\n" + body;

        var report = Assert.Single(Identifier.Identify("no-opening.txt", "00", text));

        Assert.Null(report.NegativeReason);
        Assert.Equal("桐庐县", report.Region?.Name);
        Assert.Equal(2019, report.ReportYear);
        Assert.Contains(report.Warnings, warning => warning.Contains("opening", StringComparison.Ordinal));
    }

    [Fact]
    public void OpeningToDelegatesOfTheCongressCounts()
    {
        var text = SyntheticReports.Report("桐庐县", 2019).Replace("各位代表:", "各位人大代表:", StringComparison.Ordinal);
        var report = Assert.Single(Identifier.Identify("delegates.txt", "00", text));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void TitleWithTheYearAfterTheGovernment()
    {
        var text = SyntheticReports.Report("桐庐县", 2019, title: "桐庐县人民政府2019年工作报告", meetingDate: "2019年3月1日");
        var page = "相关链接\n" + text.Replace("——2019年3月1日在桐庐县第九届人民代表大会第三次会议上\n", "", StringComparison.Ordinal);

        var report = Assert.Single(Identifier.Identify("title.txt", "00", page));

        Assert.StartsWith("桐庐县人民政府2019年工作报告", report.Text.Text, StringComparison.Ordinal);
        Assert.Equal("桐庐县", report.Region?.Name);
        Assert.Equal(2019, report.ReportYear);
    }

    [Fact]
    public void SpeechWithoutHeaderStartsAtTheSpeakersLine()
    {
        var page = "首页 > 政务公开\n永嘉县人民政府县长 王五\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2019年工作回顾\n全县地区生产总值增长7%。\n";

        var report = Assert.Single(Identifier.Identify("speech.txt", "00", page));

        Assert.StartsWith("永嘉县人民政府县长王五\n各位代表", report.Text.Text, StringComparison.Ordinal);
        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal(DocumentKind.UntitledReport, report.Kind);
    }

    [Fact]
    public void TranscriptStartingAtTheFirstSentenceIsAReport()
    {
        var page = "大会今天开幕,听取政府工作报告。\n以下为文字实录:\n王五:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2019年工作回顾\n永嘉县地区生产总值增长7%。\n";

        var report = Assert.Single(Identifier.Identify("transcript.txt", "00", page));

        Assert.True(report.Kind.IsReport());
        Assert.StartsWith("现在,我代表县人民政府", report.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingLineBrokenAcrossTwoLinesIsAHeader()
    {
        var text = "——2019年1月10日在永嘉县第十七届\n人民代表大会第三次会议上\n县长 王五\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n全县地区生产总值增长7%。\n";

        var report = Assert.Single(Identifier.Identify("broken.txt", "00", text));

        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal("2019-01-10", report.MeetingDate);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void ATeaserOfTheReportBelowFoldsIntoIt()
    {
        var report = SyntheticReports.Report("桐庐县", 2019);
        var opening = report.IndexOf("各位代表", StringComparison.Ordinal);
        var teaser = report[..(opening + 30)].Replace("\n", " ", StringComparison.Ordinal) + "...\n";

        var found = Assert.Single(Identifier.Identify("teaser.txt", "00", teaser + report));

        Assert.Equal("桐庐县", found.Region?.Name);
        Assert.EndsWith("努力奋斗!", found.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpeechShownTwiceIsOneReport()
    {
        var report = SyntheticReports.Report("桐庐县", 2019);
        var opening = report.IndexOf("各位代表", StringComparison.Ordinal);
        var page = report + "以下为文字实录:\n" + report[opening..(opening + 60)];

        Assert.Single(Identifier.Identify("twice.txt", "00", page));
    }

    [Fact]
    public void CaptionOfTheActIsNotATitle()
    {
        var news = "县长王五向大会作政府工作报告\n" + string.Concat(Enumerable.Repeat("本报讯 永嘉县第十七届人民代表大会第三次会议开幕,代表们认真听取报告,共商发展大计。\n", 12));

        var report = Assert.Single(Identifier.Identify("caption.txt", "00", news));

        Assert.Equal(DocumentKind.RelayedReport, report.Kind);
    }

    [Fact]
    public void TitleInATableRowIsFound()
    {
        var page = "文件名称 | 永嘉县2019年政府工作报告 | |\n发布日期 | 2019-02-01 |\n" + SyntheticReports.Report("永嘉县", 2019, title: "政府工作报告");

        var report = Assert.Single(Identifier.Identify("table.txt", "00", page));

        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal(2019, report.ReportYear);
    }

    [Fact]
    public void PageOfAPaginatedReportAfterItsTitleIsTheReport()
    {
        var body = string.Concat(Enumerable.Repeat("今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%左右。\n", 8));
        var page = "首页 > 两会专题\n永嘉县2019年政府工作报告(全文)\n\n永嘉县2019年政府工作报告(全文)\n2019-01-20 来源:永嘉新闻网\n" + body;

        var report = Assert.Single(Identifier.Identify("page4.txt", "00", page));

        Assert.Equal(DocumentKind.FullReport, report.Kind);
        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal(2019, report.ReportYear);
    }

    [Fact]
    public void ListOfLinksToReportsIsNoReport()
    {
        var page = "相关稿件\n2018年桐庐县政府工作报告\n2017年桐庐县政府工作报告\n2016年桐庐县政府工作报告\n" + string.Concat(Enumerable.Repeat("网站地图 | 联系我们 | 版权声明 | 网站纠错\n", 12));

        var report = Assert.Single(Identifier.Identify("links.txt", "00", page));

        Assert.True(report.IsNegative);
    }
}
