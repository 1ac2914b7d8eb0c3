using Warehouse.Regions;

namespace Warehouse.Intake.Tests;

public sealed class RegionResolverTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load();
    private static readonly RegionResolver Resolver = new(Gazetteer);

    private const string Body = "各位代表:现在,我代表区人民政府向大会报告工作。";

    [Fact]
    public void GazetteerHasEveryLevel()
    {
        Assert.Equal(31, Gazetteer.All.Count(region => region.Level == RegionLevel.Province));
        Assert.InRange(Gazetteer.All.Count(region => region.Level == RegionLevel.City), 300, 350);
        Assert.InRange(Gazetteer.All.Count(region => region.Level == RegionLevel.County), 2700, 3000);
        Assert.All(Gazetteer.All.Where(region => region.Level is RegionLevel.City or RegionLevel.County), region => Assert.NotNull(Gazetteer.ByCode(region.ParentCode!)));
    }

    [Fact]
    public void TheNationIsOneRegionAboveTheProvinces()
    {
        var nation = Assert.Single(Gazetteer.All, region => region.Level == RegionLevel.National);
        Assert.Equal(("100000", "中华人民共和国"), (nation.Code, nation.Name));
        Assert.Null(nation.ParentCode);
        Assert.Null(nation.ProvinceCode);
        Assert.Null(nation.ProvinceName);
        Assert.Same(nation, Gazetteer.Nation);
        Assert.Null(Gazetteer.ProvinceOf(nation));
    }

    [Fact]
    public void ShortNamesDropSuffixesAndNationalities()
    {
        Assert.Contains(Gazetteer.ByShortName("广西"), region => region.Name == "广西壮族自治区");
        Assert.Contains(Gazetteer.ByShortName("新疆"), region => region.Name == "新疆维吾尔自治区");
        Assert.Contains(Gazetteer.ByShortName("延边"), region => region.Name == "延边朝鲜族自治州");
    }

    [Fact]
    public void ScannerTakesTheLongestNameAtEachPlaceUpToTheTextsEnd()
    {
        Assert.Equal(0u, Gazetteer.NameLengthsStartingWith('的', '是'));
        Assert.NotEqual(0u, Gazetteer.NameLengthsStartingWith('新', '疆') & (1u << "新疆维吾尔自治区".Length));
        Assert.NotEqual(0u, Gazetteer.NameLengthsStartingWith('新', '疆') & (1u << "新疆".Length));

        var mentions = new RegionMentionScanner(Gazetteer).Scan("在新疆维吾尔自治区和湖南");
        Assert.Equal([("新疆维吾尔自治区", 1, true), ("湖南", 10, false)], mentions.Select(mention => (mention.Name, mention.Index, mention.IsFullName)));
    }

    [Fact]
    public void AmbiguousNameWithoutParentIsReportedNotGuessed()
    {
        Assert.True(Gazetteer.ByFullName("朝阳区").Count > 1);
        var result = Resolver.Resolve("2023年朝阳区政府工作报告", "", Body);
        Assert.Null(result.Region);
        Assert.Equal("朝阳区", result.Name);
        Assert.Contains(result.Warnings, warning => warning.Contains("ambiguous", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("北京市")]
    [InlineData("长春市")]
    public void AmbiguousNameIsSettledByTheParentCityInTheHeader(string city)
    {
        var expected = Gazetteer.ByFullName("朝阳区").Single(region => region.ParentName == city || region.ProvinceName == city);
        var result = Resolver.Resolve($"2023年{city}朝阳区政府工作报告", "", Body);
        Assert.Equal(expected, result.Region);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void AmbiguousNameIsSettledByTheParentNamedInTheBody()
    {
        var gulou = Gazetteer.ByFullName("鼓楼区");
        Assert.True(gulou.Count > 2);
        var expected = gulou.Single(region => region.ParentName == "福州市");
        var result = Resolver.Resolve("鼓楼区2024年政府工作报告", "", Body + "在福州市委、市政府的坚强领导下,福州发展迈上新台阶。");
        Assert.Equal(expected, result.Region);
    }

    [Fact]
    public void CityHasItsProvinceAsParent()
    {
        var result = Resolver.Resolve("2022年苏州市政府工作报告\n在苏州市第十七届人民代表大会第一次会议上", "", "各位代表:现在,我代表市人民政府向大会报告工作。");
        Assert.NotNull(result.Region);
        Assert.Equal(RegionLevel.City, result.Region.Level);
        Assert.Equal("江苏省", result.Region.ParentName);
        Assert.Equal("江苏省", result.Region.ProvinceName);
    }

    [Fact]
    public void ProvinceFromItsTitle()
    {
        var result = Resolver.Resolve("【浙江招商】浙江省政府工作报告", "", "各位代表:现在,我代表省人民政府向大会报告工作。");
        Assert.Equal("浙江省", result.Region?.Name);
        Assert.Equal(RegionLevel.Province, result.Region?.Level);
        Assert.Null(result.Region?.ParentName);
    }

    [Fact]
    public void ASitesTagIsNotTheReportsRegion()
    {
        // A site files the report under another place's section: the title names the government.
        var result = Resolver.Resolve("【桐庐招商】杭州市2019年政府工作报告", "", "各位代表:现在,我代表市人民政府向大会报告工作。");
        Assert.Equal("杭州市", result.Region?.Name);
    }

    [Theory]
    [InlineData("", "各位代表:现在,我代表国务院,向大会作政府工作报告,请予审议。")]
    [InlineData("——2009年3月5日在第十一届全国人民代表大会第二次会议上", "各位代表:现在,我向大会报告工作。")]
    public void TheStateCouncilSpeaksForTheNation(string header, string body)
    {
        var result = Resolver.Resolve(header, "", body);
        Assert.Equal("100000", result.Region?.Code);
        Assert.Equal(RegionLevel.National, result.Region?.Level);
    }

    [Theory]
    [InlineData("北京3月5日电 国务院总理王某在政府工作报告中说,去年国内生产总值增长6%。")]
    [InlineData("北京3月5日电 王某总理在政府工作报告中提出,今年国内生产总值增长5%左右。")]
    public void NewsOfThePremiersReportIsTheNations(string news)
    {
        var result = Resolver.Resolve("", "", news, hasSpeech: false);
        Assert.Equal("100000", result.Region?.Code);
    }

    [Fact]
    public void AProvincesNewsQuotingThePremierElsewhereStaysTheProvinces()
    {
        var result = Resolver.Resolve("", "", "浙江省第十三届人民代表大会第二次会议今天开幕,省长王五作政府工作报告。", hasSpeech: false);
        Assert.Equal("浙江省", result.Region?.Name);
    }

    [Fact]
    public void AProvincesReportMentioningTheStateCouncilStaysTheProvinces()
    {
        var result = Resolver.Resolve("2019年浙江省政府工作报告", "", "各位代表:现在,我代表省人民政府向大会报告工作。在党中央、国务院的坚强领导下,全省经济平稳运行。");
        Assert.Equal("浙江省", result.Region?.Name);
    }

    [Fact]
    public void NewsLeadNamesTheCongressOrTheHeadOfGovernment()
    {
        var congress = Resolver.Resolve("", "", "本报讯 昨天上午,永嘉县第十七届人民代表大会第三次会议隆重开幕。县长王五作政府工作报告。", hasSpeech: false);
        Assert.Equal("永嘉县", congress.Region?.Name);
        Assert.Empty(congress.Warnings);

        var governor = Resolver.Resolve("", "", "本报讯 省十三届人大二次会议今天开幕,浙江省省长王五代表省人民政府作政府工作报告。", hasSpeech: false);
        Assert.Equal("浙江省", governor.Region?.Name);

        var mayor = Resolver.Resolve("", "", "本报讯 市人代会今天开幕,温州市长王五作政府工作报告。", hasSpeech: false);
        Assert.Equal("温州市", mayor.Region?.Name);
        Assert.Empty(mayor.Warnings);
    }

    [Fact]
    public void PageThatNamesItsCountyOnlyInPassingIsResolvedAtTheSpeakersLevel()
    {
        const string news = "县第十七届人民代表大会第三次会议今天开幕,县长王五作政府工作报告。杭州日报记者报道。\n永嘉县融媒体中心版权所有";
        var result = Resolver.Resolve("", "", news, hasSpeech: false);
        Assert.Equal("永嘉县", result.Region?.Name);
        Assert.Contains(result.Warnings, warning => warning.Contains("uses most", StringComparison.Ordinal));
    }

    [Fact]
    public void RegionWhoseCountiesTheTextNames()
    {
        // 永嘉 and 乐清 are counties of 温州市; the prefecture speaks (我代表市人民政府) but never names itself.
        const string body = "各位代表:现在,我代表市人民政府向大会报告工作。永嘉山水旅游和乐清电气产业稳步发展,资源配置持续优化。";
        var result = Resolver.Resolve("", "", body);
        Assert.Equal("温州市", result.Region?.Name);
    }

    [Fact]
    public void EverydayWordsAreNotCountedAsRegions()
    {
        Assert.True(RegionNames.IsEverydayWord("资源"));
        // 资源 and 振兴 are county names too; alone they do not make a region.
        var result = Resolver.Resolve("", "", "各位代表:现在,我代表县人民政府向大会报告工作。资源节约,乡村振兴,资源利用。");
        Assert.Null(result.Region);
    }

    [Fact]
    public void OneCharacterNamesInsideOtherWordsAreNotRegions()
    {
        // 和县 and 代县 are counties; here they are 和+县委 and 代+县长.
        var result = Resolver.Resolve("", "", "在市委、市政府和县委的领导下,代县长王五作政府工作报告,全县经济平稳运行。", hasSpeech: false);
        Assert.Null(result.Region);
    }

    [Fact]
    public void CongressesNamedCountsDifferentRegions()
    {
        Assert.Equal(1, Resolver.CongressesNamed("永嘉县第十七届人民代表大会开幕。永嘉县十七届人大三次会议闭幕。"));
        Assert.Equal(3, Resolver.CongressesNamed("永嘉县第十七届人民代表大会,桐庐县十七届人大,宝兴县人大十七届。"));
    }

    [Fact]
    public void MostSpecificAnchoredNameWins()
    {
        var result = Resolver.Resolve("在江苏省苏州市吴中区第三届人民代表大会第二次会议上", "", Body);
        Assert.Equal("吴中区", result.Region?.Name);
        Assert.Equal("苏州市", result.Region?.ParentName);
    }

    [Fact]
    public void SpeakerInTheTitleLineIsFound()
    {
        var result = Resolver.Resolve("代县长李四在桐庐县第十七届人民代表大会第二次会议上作政府工作报告", "", "各位代表:现在,我代表县人民政府向大会报告工作。");
        Assert.Equal("桐庐县", result.Region?.Name);
    }

    [Fact]
    public void UnknownCountyNameIsWarnedAbout()
    {
        var result = Resolver.Resolve("2019年虚构县政府工作报告", "", "各位代表:现在,我代表县人民政府向大会报告工作。");
        Assert.Null(result.Region);
        Assert.Equal("虚构县", result.Name);
        Assert.Contains(result.Warnings, warning => warning.Contains("not in the gazetteer", StringComparison.Ordinal));
    }

    [Fact]
    public void RenamedCountyIsTakenAsItsSuccessorWithAWarning()
    {
        // 富阳市 (a county-level city) became 富阳区 of 杭州市 in 2015; the gazetteer only knows the district.
        Assert.Empty(Gazetteer.ByFullName("富阳市"));
        var result = Resolver.Resolve("富阳市2012年政府工作报告", "杭州市人民政府门户网站", "各位代表:现在,我代表市人民政府向大会报告工作。");
        Assert.Equal("富阳区", result.Region?.Name);
        Assert.Contains(result.Warnings, warning => warning.Contains("renamed", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeechOpeningNamesTheRegionWhenTheHeaderDoesNot()
    {
        var result = Resolver.Resolve("政府工作报告", "", "各位代表:现在,我代表桐庐县人民政府向大会报告工作。");
        Assert.Equal("桐庐县", result.Region?.Name);
        Assert.NotEmpty(result.Warnings);
    }

    [Theory]
    [InlineData("在黔东南州第十四届人民代表大会第三次会议上", "黔东南苗族侗族自治州")]
    [InlineData("2021年通道县政府工作报告", "通道侗族自治县")]
    public void AutonomousRegionsByStemAndLevel(string header, string expected)
    {
        var result = Resolver.Resolve(header, "", "各位代表:现在,我代表政府向大会报告工作。");
        Assert.Equal(expected, result.Region?.Name);
        Assert.Empty(result.Warnings);
    }
}
