using Warehouse.Text;

namespace Warehouse.Intake.Tests;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new();

    [Fact]
    public void ConvertsTraditionalToSimplified()
    {
        var result = Normalizer.Normalize("過去一年,麵對疫情,全縣經濟穩定增長,圓滿完成全年目標任務。");
        Assert.Equal("过去一年,面对疫情,全县经济稳定增长,圆满完成全年目标任务。", result.Text);
    }

    [Fact]
    public void PhrasesWinOverCharacters()
    {
        // 乾 alone becomes 干, but the phrase 乾坤 keeps it.
        var result = Normalizer.Normalize("扭轉乾坤,這個國家的衣服乾了。");
        Assert.Equal("扭转乾坤,这个国家的衣服干了。", result.Text);
    }

    [Theory]
    [InlineData("税收收入增长12.4 %,非税收入下降3 %。", "税收收入增长12.4%,非税收入下降3%。")]
    [InlineData("财政收入完成56. 08亿元。", "财政收入完成56.08亿元。")]
    [InlineData("粮食产量增长2.5℅。", "粮食产量增长2.5%。")]
    public void FiguresSplitOrMistypedOnThePageAreMadeWhole(string raw, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(raw).Text);

    [Fact]
    public void SpacesBetweenLatinWordsStay() =>
        Assert.Equal("GDP 5.2 percent", Normalizer.Normalize("GDP 5.2 percent").Text);

    [Fact]
    public void LeavesSimplifiedTextAlone()
    {
        // 乾 is also a simplified character (乾县): text that is not traditional is not converted.
        const string text = "乾县地区生产总值增长6%,一般公共预算收入增长5%。";
        Assert.Equal(text, Normalizer.Normalize(text).Text);
    }

    [Fact]
    public void DecidesPerChunkInADumpOfSimplifiedAndTraditionalReports()
    {
        var simplified = "乾县2023年政府工作报告\n" + string.Concat(Enumerable.Repeat("地区生产总值增长6%,一般公共预算收入增长5%,城乡居民收入稳步提高。\n", 40));
        var traditional = string.Concat(Enumerable.Repeat("過去一年,全縣經濟穩定增長,圓滿完成全年目標任務。\n", 40));

        var text = Normalizer.Normalize(simplified + traditional).Text;

        Assert.StartsWith(simplified, text, StringComparison.Ordinal);
        Assert.EndsWith(string.Concat(Enumerable.Repeat("过去一年,全县经济稳定增长,圆满完成全年目标任务。\n", 40)), text, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldsFullWidthFormsToAscii()
    {
        var result = Normalizer.Normalize("地区生产总值增长６．５％，ＧＤＰ达到１２３．４亿元");
        Assert.Equal("地区生产总值增长6.5%,GDP达到123.4亿元", result.Text);
        Assert.Equal(result.Text.Length + 1, result.RawIndex.Length);
    }

    [Fact]
    public void TextThatNeedsNoChangeMapsEachCharacterToItself()
    {
        const string text = "地区生产总值增长6%,一般公共预算收入增长5%。\n城乡居民收入稳步提高。";
        var result = Normalizer.Normalize(text);
        Assert.Equal(text, result.Text);
        Assert.Equal(Enumerable.Range(0, text.Length + 1), result.RawIndex);
    }

    [Fact]
    public void ACharacterDroppedAfterAnUnchangedStretchStillMapsWhatFollowsToItsRawPlace()
    {
        // The steps keep no map while nothing has moved; the first dropped character starts one.
        const string raw = "全县生产总值增长\u200B6.5%,财政收入增长\u200D３％。";
        var result = Normalizer.Normalize(raw);
        Assert.Equal("全县生产总值增长6.5%,财政收入增长3%。", result.Text);
        var growth = result.Text.IndexOf('6');
        Assert.Equal(raw.IndexOf('6'), result.RawIndex[growth]);
        Assert.Equal("6.5%", result.RawSlice(growth, growth + 4));
        var revenue = result.Text.IndexOf('3');
        Assert.Equal("３％", result.RawSlice(revenue, revenue + 2));
        Assert.Equal(raw.Length, result.RawIndex[^1]);
    }

    [Fact]
    public void DigitsOfOtherScriptsBecomeAsciiDigitsInPlace()
    {
        const string raw = "财政收入增长\u0663.\u0665%,税收收入增长\u096A%。";
        var result = Normalizer.Normalize(raw);
        Assert.Equal("财政收入增长3.5%,税收收入增长4%。", result.Text);
        Assert.Equal(Enumerable.Range(0, raw.Length + 1), result.RawIndex);
    }

    [Fact]
    public void KeepsCircledAndRomanNumeralsAndUnits()
    {
        // Unlike NFKC: these stay as they are, so lengths and meaning are kept.
        const string text = "①地表水达到Ⅲ类,建成10万㎡";
        Assert.Equal(text, Normalizer.Normalize(text).Text);
    }

    [Theory]
    [InlineData("在本县第十七届人民代表大会第六 次会议上", "在本县第十七届人民代表大会第六次会议上")]
    [InlineData("请予审议 ,并请委员提出意见", "请予审议,并请委员提出意见")]
    [InlineData("面对严峻复杂 的形势", "面对严峻复杂的形势")]
    [InlineData("县长   王 五", "县长王五")]
    [InlineData("\u3000\u3000各位代表:", "各位代表:")]
    [InlineData("Powered by  Example X3.4", "Powered by Example X3.4")]
    public void RemovesWhitespaceDebrisInsideChineseText(string raw, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(raw).Text);

    [Fact]
    public void KeepsLineBreaksButCollapsesBlankRuns()
    {
        var result = Normalizer.Normalize("标题\r\n\r\n\r\n\r\n  第一段。\n第二段。  \n");
        Assert.Equal("标题\n\n第一段。\n第二段。\n", result.Text);
    }

    [Fact]
    public void MapsEveryCharacterBackToItsRawSource()
    {
        const string raw = "衡東縣  2022年\u3000政府工作報告\r\n全縣ＧＤＰ增長６．５％ ,財政 收入增長3%。";
        var result = Normalizer.Normalize(raw);
        Assert.Equal("衡东县2022年政府工作报告\n全县GDP增长6.5%,财政收入增长3%。", result.Text);
        Assert.Equal("全縣ＧＤＰ增長６．５％", result.RawSlice(result.Text.IndexOf('全'), result.Text.IndexOf(',')));
        Assert.Equal("財政 收入", result.RawSlice(result.Text.IndexOf('财'), result.Text.IndexOf('增', result.Text.IndexOf('财'))));
    }

    [Fact]
    public void EverySpanRoundTrips()
    {
        // Any span that does not start or end with whitespace maps back to raw text that
        // normalises to the span again.
        const string raw = "各位代表:\n過去一年,全縣地區生產總值增長 6.5%,\u3000一般公共預算收入１２．３億元 ,增長３％。\r\n二、2022年工作安排 Plan A  B\n";
        var result = Normalizer.Normalize(raw);
        Assert.True(Normalizer.LooksTraditional(raw));
        for (var start = 0; start < result.Text.Length; start++)
        {
            for (var end = start + 1; end <= result.Text.Length; end++)
            {
                var span = result.Text[start..end];
                if (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1]))
                {
                    continue;
                }

                var back = result.RawSlice(start, end);
                Assert.Equal(span, ConvertAsTraditional(back));
            }
        }
    }

    [Fact]
    public void SupplementaryCharactersKeepTheirSurrogatePairs()
    {
        const string raw = "全縣𠈓字 測試";
        var result = Normalizer.Normalize(raw);
        var at = result.Text.IndexOf('\uD840');
        Assert.Equal("𠈓", result.RawSlice(at, at + 2));
        Assert.Equal("𠈓字", result.RawSlice(at, at + 3));
    }

    [Fact]
    public void SliceKeepsTheMapConsistent()
    {
        var result = Normalizer.Normalize("頁首\n衡東縣 政府工作報告\n各位代表:");
        var start = result.Text.IndexOf('衡');
        var slice = result.Slice(start, result.Text.Length);
        Assert.Equal("衡东县政府工作报告\n各位代表:", slice.Text);
        Assert.Equal("衡東縣 政府工作報告\n各位代表:", slice.Raw);
        Assert.Equal("東縣", slice.RawSlice(1, 3));
    }

    /// <summary>A span cut from traditional text may be too short to look traditional on its own; convert it as its context did.</summary>
    private static string ConvertAsTraditional(string raw) =>
        Normalizer.Normalize("國國國國國國國國國國\n" + raw).Text["国国国国国国国国国国\n".Length..];
}
