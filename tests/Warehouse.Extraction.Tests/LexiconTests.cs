using Warehouse.Extraction.Lexicon;

namespace Warehouse.Extraction.Tests;

public sealed class LexiconTests
{
    private static readonly IndicatorMatcher Matcher = new(IndicatorLexicon.Default);

    private static string[] CodesIn(string text) =>
        Matcher.FindAll(text, 0, text.Length).SelectMany(m => m.Codes).ToArray();

    [Fact]
    public void The_lexicon_holds_the_eighteen_gold_codes_with_names_and_units()
    {
        var lexicon = IndicatorLexicon.Default;

        Assert.Equal(18, lexicon.Indicators.Count);
        Assert.All(lexicon.Indicators, i =>
        {
            Assert.NotEmpty(i.NameZh);
            Assert.NotEmpty(i.NameEn);
            Assert.NotEmpty(i.DefaultUnit);
            Assert.NotEmpty(i.Wordings);
        });
        Assert.Equal("元", lexicon.ByCode["urban_income"].DefaultUnit);
        Assert.Equal("%", lexicon.ByCode["unemployment"].DefaultUnit);
    }

    [Theory]
    [InlineData("全社会固定资产投资增长", "fai")]
    [InlineData("规上工业增加值", "industrial_va")]
    [InlineData("地方一般公共预算收入", "budget_revenue")]
    [InlineData("城镇调查失业率", "unemployment")]
    [InlineData("实际使用外资", "fdi")]
    public void Wordings_name_their_indicator(string text, string code) =>
        Assert.Equal([code], CodesIn(text));

    [Theory]
    [InlineData("工业投资增长12%")]
    [InlineData("人均地区生产总值达到")]
    [InlineData("万元生产总值能耗下降")]
    [InlineData("全口径税收")]
    public void Look_alikes_name_nothing(string text) => Assert.Empty(CodesIn(text));

    [Fact]
    public void Paired_wordings_name_urban_then_rural()
    {
        var mention = Assert.Single(Matcher.FindAll("城乡居民人均可支配收入", 0, 11));

        Assert.Equal(["urban_income", "rural_income"], mention.Codes);
        Assert.Equal("resident_income", mention.SingleLevelCode);
    }

    [Fact]
    public void A_broken_lexicon_file_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => IndicatorLexicon.Parse("code\tname\nonly\ttwo\n", ""));

        Assert.Contains("indicators.tsv line 2", error.Message);
    }
}
