using Warehouse.Text;

namespace Warehouse.Intake.Tests;

/// <summary>What web pages do to report text that normalisation undoes, with offsets kept (sentences made up here).</summary>
public sealed class WebArtefactTests
{
    private static readonly TextNormalizer Normalizer = new();

    [Fact]
    public void PinyinGlossesAfterCharactersGo()
    {
        const string raw = "全縣實(shí)現(xiàn)生產(chǎn)總值88億元,大(dà)會(huì)順利召開。";

        var result = Normalizer.Normalize(raw);

        Assert.Equal("全县实现生产总值88亿元,大会顺利召开。", result.Text);
        var figure = result.Text.IndexOf("88亿元", StringComparison.Ordinal);
        Assert.Equal("88億元", result.RawSlice(figure, figure + 4));
        var phrase = result.Text.IndexOf("实现生产", StringComparison.Ordinal);
        Assert.Equal("實(shí)現(xiàn)生產(chǎn)", result.RawSlice(phrase, phrase + 4));
    }

    [Fact]
    public void SimplifiedFormInParenthesesAfterATraditionalCharacterGoes()
    {
        var result = Normalizer.Normalize("全縣經(经)濟穩(稳)定增長,財政收入增長7%。");
        Assert.Equal("全县经济稳定增长,财政收入增长7%。", result.Text);
    }

    [Theory]
    [InlineData("地区生产总值(GDP)增长6%。")]
    [InlineData("(一)坚持稳中求进。")]
    [InlineData("建成公路12(km)。")]
    [InlineData("完成投资5亿元(含专项债)。")]
    public void OtherParenthesesStay(string text) => Assert.Equal(text, Normalizer.Normalize(text).Text);

    [Fact]
    public void FullStopBeforeAPercentageIsADecimalPoint()
    {
        var result = Normalizer.Normalize("全县生产总值增长7。8%,高于全省平均水平。");
        Assert.Equal("全县生产总值增长7.8%,高于全省平均水平。", result.Text);
        Assert.Equal(result.Raw.Length, result.Text.Length);
    }

    [Fact]
    public void FullStopBeforeOtherUnitsIsADecimalPointOnceTheTextHasTheHabit()
    {
        var habit = Normalizer.Normalize("财政收入增长6。2%,税收增长5。1%,完成固定资产投资218。45亿元。");
        Assert.Equal("财政收入增长6.2%,税收增长5.1%,完成固定资产投资218.45亿元。", habit.Text);

        var once = Normalizer.Normalize("完成固定资产投资218。45亿元投向了民生领域。");
        Assert.Contains("218。45亿元", once.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FullStopAfterARankEndsTheSentence()
    {
        const string text = "水质综合指数排名全省第12。6个监测断面全部达标,增长2。5%,增长3。5%。";
        var result = Normalizer.Normalize(text).Text;
        Assert.StartsWith("水质综合指数排名全省第12。6个监测断面", result, StringComparison.Ordinal);
        Assert.EndsWith("增长2.5%,增长3.5%。", result, StringComparison.Ordinal);
    }

    [Fact]
    public void HardWrappedLinesAreJoinedInsideWordsAndFigures()
    {
        // A page copied from a PDF: every line broken at the same width, inside words and numbers.
        const string raw = """
            一、过去一年工作回顾
            过去一年,面对复杂形势,全县上下齐心协力,经济运行稳中有进。全年实现地区生产总
            值312.6亿元,增长6.1%;一般公共预算收入完成21.8亿元,增长5.3%,税收占比提高到7
            5.2%;社会消费品零售总额完成103.4亿元,增长8.8%,城乡居民人均可支配收入分别增
            长5.6%和7.9%,城镇新增就业5200人,城镇登记失业率控制在3.5%以内,完成年度目标。
            二、今年工作安排
            今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增
            长5%,固定资产投资增长8%以上,社会消费品零售总额增长7%左右,城乡居民收入增长与
            经济增长同步,城镇新增就业5000人以上,城镇登记失业率控制在4%以内,粮食稳产。
            """;

        var result = Normalizer.Normalize(raw);

        Assert.Contains("全年实现地区生产总值312.6亿元", result.Text, StringComparison.Ordinal);
        Assert.Contains("税收占比提高到75.2%", result.Text, StringComparison.Ordinal);
        Assert.Contains("分别增长5.6%和7.9%", result.Text, StringComparison.Ordinal);
        Assert.Contains("完成年度目标。\n二、今年工作安排\n今年经济社会发展", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("一、过去一年工作回顾\n过去一年", result.Text, StringComparison.Ordinal);
        var gdp = result.Text.IndexOf("地区生产总值312.6亿元", StringComparison.Ordinal);
        Assert.Equal("地区生产总\n值312.6亿元", result.RawSlice(gdp, gdp + "地区生产总值312.6亿元".Length));
    }

    [Fact]
    public void AFigureSplitByALineBreakIsJoined()
    {
        var result = Normalizer.Normalize("全年完成固定资产投资34\n0亿元,增长12%。\n发布时间:2023-01-05 10:31\n2022年工作回顾\n");
        Assert.StartsWith("全年完成固定资产投资340亿元,增长12%。\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("10:31\n2022年工作回顾", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListItemsOfOneWidthKeepTheirLineBreaks()
    {
        var items = Enumerable.Range(1, 8).Select(i => $"{i}.第{i}批重点项目进展顺利,完成投资{i + 10}亿元,带动就业{i + 100}人左右");
        var bullets = Enumerable.Range(1, 8).Select(i => $"●第{i}批重点项目进展顺利,完成投资{i + 10}亿元,带动就业{i + 100}人左右");
        Assert.Equal(8, Normalizer.Normalize(string.Join("\n", items)).Text.Split('\n').Length);
        Assert.Equal(8, Normalizer.Normalize(string.Join("\n", bullets)).Text.Split('\n').Length);
    }

    [Fact]
    public void ParagraphsOfOrdinaryPagesKeepTheirLineBreaks()
    {
        var paragraphs = Enumerable.Range(1, 8).Select(i => string.Concat(Enumerable.Repeat($"第{i}项工作进展顺利,完成投资{i}亿元。", i)));
        Assert.Equal(8, Normalizer.Normalize(string.Join("\n", paragraphs)).Text.Split('\n').Length);
    }
}
