using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Intake.Tests;

/// <summary>
/// The gate: every form a report takes on the web comes out as a report of its kind, every
/// look-alike as a negative with its reason. All texts are made up here.
/// </summary>
public sealed class DocumentKindTests
{
    private static readonly ReportIdentifier Identifier = new(new TextNormalizer(), new RegionResolver(Gazetteer.Load()));

    private static WorkReport One(string text) => Assert.Single(Identifier.Identify("page.txt", "00", text));

    [Fact]
    public void RealReportIsNotNegative()
    {
        var report = One(SyntheticReports.Report("桐庐县", 2019));
        Assert.Null(report.NegativeReason);
        Assert.Equal(DocumentKind.FullReport, report.Kind);
    }

    [Fact]
    public void PartyCongressReportIsNegative()
    {
        const string text = """
            在中国共产党桐庐县第十五次代表大会上的报告
            各位代表、同志们:
            现在,我代表中共桐庐县第十四届委员会向大会作报告。
            一、过去五年的工作
            五年来,全县地区生产总值年均增长7.2%。
            """;

        var report = One(text);

        Assert.Equal(DocumentKind.CongressReport, report.Kind);
        Assert.NotNull(report.NegativeReason);
    }

    [Fact]
    public void TownshipReportIsNegative()
    {
        const string text = "3月2日上午,分水镇第十七届人民代表大会第二次会议开幕。镇长作政府工作报告。报告指出,去年全镇工业产值增长9.4%。";

        var report = One(text);

        Assert.Equal(DocumentKind.NotAReport, report.Kind);
        Assert.Contains("township", report.NegativeReason);
    }

    [Fact]
    public void ReportCopiedFromItsOpeningIsAnUntitledReport()
    {
        const string text = """
            各位代表:
            现在,我代表县人民政府,向大会报告工作,请予审议。
            一、2022年工作回顾
            2022年,桐庐县地区生产总值增长5.1%,一般公共预算收入增长4%。
            二、2023年工作安排
            2023年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。
            """;

        var report = One(text);

        Assert.Equal(DocumentKind.UntitledReport, report.Kind);
        Assert.Equal("桐庐县", report.Region?.Name);
        Assert.Equal(2023, report.ReportYear);
    }

    [Fact]
    public void ExcerptStartingAtASectionHeadingIsTheReportsOwnText()
    {
        const string text = """
            2021年工作回顾
            2021年,是永嘉发展史上极不平凡的一年。我县地区生产总值增长8.2%,总量全市第三。
            """;

        var report = One(text);

        Assert.Equal(DocumentKind.UntitledReport, report.Kind);
        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal(2022, report.ReportYear);
        Assert.NotEmpty(report.Warnings);
    }

    [Fact]
    public void TheStateCouncilsReportIsTheNationalReport()
    {
        const string text = """
            各位代表:
            现在,我代表国务院,向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。
            一、过去一年工作回顾
            过去一年,国内生产总值达到20万亿元,增长9%。
            二、2007年工作总体部署
            今年国内生产总值增长8%左右。
            """;

        var report = One(text);

        Assert.Equal(DocumentKind.NationalReport, report.Kind);
        Assert.Equal(("100000", RegionLevel.National), (report.Region?.Code, report.Region?.Level));
        Assert.Null(report.Region?.ProvinceName);
        Assert.Null(report.Region?.ParentName);
        Assert.Equal((2007, 2006), (report.ReportYear, report.ReviewYear));
        // No title line: the speech's own words name the report.
        Assert.Equal("现在,我代表国务院,向大会作政府工作报告", report.TitleEvidence);
    }

    [Fact]
    public void NewsOfTheMeetingRelaysTheReport()
    {
        const string news = """
            本报讯 1月8日上午,永嘉县第十七届人民代表大会第三次会议开幕。县长王五作政府工作报告。
            王五在报告中说,2019年,全县地区生产总值增长7.2%,一般公共预算收入增长9%。
            他说,今年是决胜之年。他说,要再接再厉。他说,要真抓实干。
            """;

        var report = One(news);

        Assert.Equal(DocumentKind.RelayedReport, report.Kind);
        Assert.Null(report.NegativeReason);
        Assert.Equal("永嘉县", report.Region?.Name);
        Assert.Equal((2020, 2019), (report.ReportYear, report.ReviewYear));
        Assert.Equal("县长王五作政府工作报告", report.TitleEvidence);
    }

    [Fact]
    public void A_relayed_page_names_the_report_in_its_raw_script_as_title_evidence()
    {
        const string news = """
            本報訊 2月2日上午,宜昌市第八屆人民代表大會第四次會議隆重開幕。
            在熱烈的掌聲中,市長李四代表市人民政府向大會作政府工作報告,回顧了過去一年的工作。
            李四在報告中說,2023年全市地區生產總值增長6.1%。
            """;
        const string noName = """
            本报讯 2月2日上午,宜昌市第八届人民代表大会第四次会议隆重开幕。
            李四在报告中说,2023年全市地区生产总值增长6.1%。
            """;

        Assert.Equal("在熱烈的掌聲中,市長李四代表市人民政府向大會作政府工作報告", One(news).TitleEvidence);
        Assert.Null(One(noName).TitleEvidence);
    }

    [Fact]
    public void NewsRelayingTheReportWithoutFiguresIsStillARelayedReport()
    {
        var report = One("永嘉县第十七届人民代表大会第三次会议今天开幕,县长王五作政府工作报告,回顾过去一年工作。");
        Assert.Equal(DocumentKind.RelayedReport, report.Kind);
    }

    [Fact]
    public void NewsOfACongressSessionWithFiguresRelaysItsGoals()
    {
        var report = One("11月28日闭幕的永嘉县第十八届人民代表大会第一次会议确定,到2025年全县地区生产总值年均增长7%。");
        Assert.Equal(DocumentKind.RelayedReport, report.Kind);
    }

    [Fact]
    public void SummaryOfTheReportIsARelayedReport()
    {
        const string summary = """
            政府工作报告摘要
            ■2023年成绩单
            ●全县地区生产总值增长6.1%
            ●一般公共预算收入增长5%
            """;

        Assert.Equal(DocumentKind.RelayedReport, One(summary).Kind);
    }

    [Fact]
    public void RelayedNewsInTraditionalScriptWithGlosses()
    {
        const string news = "永嘉縣第十七屆人民代表大(dà)會(huì)第三次會(huì)議開幕,縣長王五作政府工作報(bào)告。報(bào)告指出,2019年全縣生產(chǎn)總值增長7.2%。";

        var report = One(news);

        Assert.Equal(DocumentKind.RelayedReport, report.Kind);
        Assert.Equal("永嘉县", report.Region?.Name);
    }

    [Fact]
    public void TemplateWithBlanksForFiguresIsATemplate()
    {
        const string template = "各位代表:\n现在,我代表县人民政府向大会报告工作。\n过去一年,全县生产总值达到 亿元,增长%,财政收入增长%,城镇居民收入增长 %。\n";
        Assert.Equal(DocumentKind.Template, One(template).Kind);
    }

    [Fact]
    public void TemplateWithPlaceholderYearsIsATemplate()
    {
        const string template = "各位代表:\n现在,我代表县人民政府向大会报告工作。\n20XX年工作回顾\n20XX年,全县生产总值增长8%。\n";
        Assert.Equal(DocumentKind.Template, One(template).Kind);
    }

    [Fact]
    public void StatisticalBulletinWithoutItsTitleIsStillABulletin()
    {
        const string bulletin = """
            永嘉县统计局
            2020年3月10日
            2019年,全县经济运行总体平稳。
            一、综 合
            初步核算,全年地区生产总值增长6.8%。
            """;

        var report = One(bulletin);

        Assert.Equal(DocumentKind.StatisticalBulletin, report.Kind);
        Assert.Contains("statistical bulletin", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanExecutionReportIsNotTheGovernmentsReport()
    {
        const string text = """
            关于永嘉县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告
            ——2020年1月8日在永嘉县第十七届人民代表大会第三次会议上
            县发展和改革局局长 赵六
            各位代表:
            受县人民政府委托,我向大会作关于永嘉县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告,请予审议。
            一、2019年计划执行情况
            全县地区生产总值增长7.2%。
            """;

        var report = One(text);

        Assert.Equal(DocumentKind.ExecutionReport, report.Kind);
        Assert.Contains("execution", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NewsListingEveryReportOfTheCongressRelaysTheGovernmentsReport()
    {
        const string news = "永嘉县第十七届人民代表大会第三次会议开幕,听取政府工作报告,审查关于2019年计划执行情况与2020年计划草案的报告。县长王五在报告中说,2019年全县地区生产总值增长7.2%。";
        Assert.Equal(DocumentKind.RelayedReport, One(news).Kind);
    }

    [Theory]
    [InlineData("永嘉县人民代表大会常务委员会工作报告", "现在,我代表县人民代表大会常务委员会报告工作")]
    [InlineData("永嘉县人民法院工作报告", "现在,我代表县人民法院向大会报告工作")]
    [InlineData("政协永嘉县委员会常务委员会工作报告", "现在,我代表政协永嘉县委员会常务委员会向大会报告工作")]
    public void CongressCourtAndCppccReportsAreNotTheGovernments(string title, string opening)
    {
        var text = $"{title}\n——2020年1月7日在永嘉县第十七届人民代表大会第三次会议上\n各位代表:\n{opening},请予审议。\n一、2019年主要工作\n全年审结案件增长5%。\n";

        var report = One(text);

        Assert.Equal(DocumentKind.CongressReport, report.Kind);
        Assert.NotNull(report.NegativeReason);
    }

    [Fact]
    public void BureausWorkReportIsAnOrganisations()
    {
        var report = One("永嘉县统计局2020年工作总结\n一年来,全局干部职工齐心协力,统计数据质量提升,完成普查任务。\n");
        Assert.Equal(DocumentKind.OrganisationReport, report.Kind);
    }

    [Fact]
    public void StudyNotesOnAReportAreCommentary()
    {
        var report = One("学习2023年政府工作报告心得体会\n报告提出,今年地区生产总值增长6%左右,这让我深受鼓舞。\n");
        Assert.Equal(DocumentKind.Commentary, report.Kind);
    }

    [Fact]
    public void RoundupOfSeveralRegionsReportsIsCommentary()
    {
        const string roundup = """
            多地公布今年经济增长目标
            永嘉县第十七届人民代表大会第三次会议开幕,县长作政府工作报告,提出增长7%左右。
            桐庐县十七届人大三次会议上,政府工作报告提出增长6.5%。
            宝兴县第十七届人民代表大会第五次会议提出增长8%。
            """;

        var report = One(roundup);

        Assert.Equal(DocumentKind.Commentary, report.Kind);
        Assert.Contains("roundup", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ChapterHeadingWithoutASpaceIsStillFiction()
    {
        const string chapter = """
            第312章风雨欲来
            他念道:
            各位代表:现在,我代表市人民政府向大会报告工作。过去一年,全市地区生产总值增长9%。
            """;

        Assert.Equal(DocumentKind.Fiction, One(chapter).Kind);
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

        var report = One(chapter);

        Assert.Equal(DocumentKind.Fiction, report.Kind);
        Assert.Contains("fiction", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateWithPlaceholdersIsATemplate()
    {
        var template = SyntheticReports.Report("xx县", 2020)
            .Replace("5.2%", "xx%", StringComparison.Ordinal)
            .Replace("8.1亿元", "xx亿元", StringComparison.Ordinal)
            .Replace("6%左右", "xx%左右", StringComparison.Ordinal);

        var report = One(template);

        Assert.Equal(DocumentKind.Template, report.Kind);
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

        var report = One(bulletin);

        Assert.Equal(DocumentKind.StatisticalBulletin, report.Kind);
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

        var report = One(company);

        Assert.Equal(DocumentKind.OrganisationReport, report.Kind);
        Assert.Contains("organisation", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutReportStructureIsNegative()
    {
        var report = One("今日天气晴,气温15度。\n市民出行注意安全。\n");
        Assert.Equal(DocumentKind.NotAReport, report.Kind);
        Assert.Contains("no government work report", report.NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedCuesCoverEveryNegativeKindThatNeedsOne()
    {
        var cued = DocumentCues.Default.All.Select(cue => cue.Cue).ToHashSet(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(kind => !kind.IsReport() && kind != DocumentKind.NotAReport))
        {
            Assert.Contains(kind.Name(), cued);
        }
    }

    [Theory]
    [InlineData("fiction\tpage\t1\t第一章")]
    [InlineData("novel\ttitle\t1\t第一章")]
    [InlineData("fiction\ttitle\tmany\t第一章")]
    [InlineData("fiction\ttitle\t第一章")]
    public void BrokenCueLinesAreRejected(string line) =>
        Assert.Throws<InvalidDataException>(() => DocumentCues.Parse(new StringReader("cue\tscope\tcount\tpattern\n" + line + "\n")));

    [Fact]
    public void CountedCuesNeedTheirCount()
    {
        var cues = DocumentCues.Parse(new StringReader("cue\tscope\tcount\tpattern\nfiction\ttext\t2 different\t[他她]笑\n"));
        Assert.Null(cues.Find("fiction", "", "他笑了。他笑了。"));
        Assert.NotNull(cues.Find("fiction", "", "他笑了。她笑了。"));
    }
}
