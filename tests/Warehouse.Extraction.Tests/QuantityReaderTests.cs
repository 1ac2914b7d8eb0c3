using Warehouse.Extraction.Lexicon;
using Warehouse.Extraction.Numbers;

namespace Warehouse.Extraction.Tests;

public sealed class QuantityReaderTests
{
    private static Quantity One(string text) => Assert.Single(QuantityReader.FindAll(text, 0, text.Length));

    [Theory]
    [InlineData("增长7.25%", 7.25, null, "%", Qualifier.Exact)]
    [InlineData("增长6%-6.5%", 6, 6.5, "%", Qualifier.Exact)]
    [InlineData("增长6至6.5%", 6, 6.5, "%", Qualifier.Exact)]
    [InlineData("增长6-6.5%左右", 6, 6.5, "%", Qualifier.About)]
    [InlineData("达到12.5亿元以上", 12.5, null, "亿元", Qualifier.AtLeast)]
    [InlineData("控制在4.5%以内", 4.5, null, "%", Qualifier.AtMost)]
    [InlineData("增长近38%", 38, null, "%", Qualifier.About)]
    [InlineData("突破4万亿元", 4, null, "万亿元", Qualifier.AtLeast)]
    [InlineData("不低于7.5%", 7.5, null, "%", Qualifier.AtLeast)]
    [InlineData("低于3%", 3, null, "%", Qualifier.AtMost)]
    [InlineData("失业率2.92%人民群众", 2.92, null, "%", Qualifier.Exact)]
    [InlineData("连续5年超万亿斤", 1, null, "万亿斤", Qualifier.AtLeast)]
    [InlineData("收入突破千亿元", 1000, null, "亿元", Qualifier.AtLeast)]
    public void Reads_numbers_ranges_units_and_qualifiers(string text, double value, double? high, string unit, Qualifier qualifier)
    {
        var quantity = One(text);

        Assert.Equal(value, quantity.Value);
        Assert.Equal(high, quantity.ValueHigh);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(qualifier, quantity.Qualifier);
    }

    [Theory]
    [InlineData("财政收入增长\u0663.\u0665%,税收收入增长4.2%")]
    [InlineData("财政收入增长\u06635%,税收收入增长4.2%")]
    [InlineData("财政收入增长\u096A\u096B%,税收收入增长4.2%")]
    public void Digits_of_other_scripts_are_no_number_and_cost_the_sentence_nothing_else(string text)
    {
        // Normalisation folds them to ASCII; text that skipped it must still not stop the reading.
        var quantity = One(text);

        Assert.Equal(4.2, quantity.Value);
        Assert.Equal("%", quantity.Unit);
    }

    [Theory]
    [InlineData("2020年")]
    [InlineData("提高2个百分点")]
    [InlineData("是上年的1.9倍")]
    [InlineData("接待游客35万人次")]
    [InlineData("跨过300亿元台阶")]
    public void Years_shares_multiples_visits_and_milestones_are_no_values(string text) =>
        Assert.Empty(QuantityReader.FindAll(text, 0, text.Length));

    [Theory]
    [InlineData("增长1.35倍", 135)]
    [InlineData("增加了两倍", 200)]
    public void A_growth_written_as_a_multiple_is_a_percentage(string text, double percent)
    {
        var quantity = One(text);

        Assert.Equal((percent, "%", true), (quantity.Value, quantity.Unit, quantity.IsMultiple));
    }

    [Fact]
    public void Flat_growth_in_words_is_zero_about()
    {
        var quantity = One("外贸进出口与上年持平");

        Assert.True(quantity.IsFlat);
        Assert.Equal(0, quantity.Value);
        Assert.Equal(Qualifier.About, quantity.Qualifier);
    }

    [Theory]
    [InlineData("fdi", "2560万美元", 0.256, "亿美元")]
    [InlineData("gdp", "35600万元", 3.56, "亿元")]
    [InlineData("urban_income", "4.15万元", 41500, "元")]
    [InlineData("grain_output", "80亿斤", 400, "万吨")]
    [InlineData("grain_output", "5000吨", 0.5, "万吨")]
    [InlineData("new_urban_jobs", "3200人", 3200, "人")]
    [InlineData("gdp", "12.34万亿元", 123400, "亿元")]
    [InlineData("trade", "2.05万亿美元", 20500, "亿美元")]
    [InlineData("grain_output", "6.12亿吨", 61200, "万吨")]
    [InlineData("grain_output", "1.2万亿斤", 60000, "万吨")]
    public void Units_are_normalised_as_gold_asks(string code, string text, double value, string unit)
    {
        var normalized = UnitNormalizer.Normalize(One(text), IndicatorLexicon.Default.ByCode[code]);

        Assert.NotNull(normalized);
        Assert.Equal(value, normalized.Value.Value, 8);
        Assert.Equal(unit, normalized.Value.Unit);
    }

    [Fact]
    public void A_unit_that_cannot_measure_the_indicator_is_refused() =>
        Assert.Null(UnitNormalizer.Normalize(One("12万吨"), IndicatorLexicon.Default.ByCode["gdp"]));

    [Theory]
    [InlineData("第一", 1)]
    [InlineData("十三", 13)]
    [InlineData("二十", 20)]
    [InlineData("两", 2)]
    [InlineData("7", 7)]
    public void Chinese_numerals(string text, int value) => Assert.Equal(value, ChineseNumerals.Parse(text.TrimStart('第')));
}
