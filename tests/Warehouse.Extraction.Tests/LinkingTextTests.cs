using Warehouse.Extraction.Reading;

namespace Warehouse.Extraction.Tests;

/// <summary>
/// The words between an indicator and its figure. A gap holding a character that no linking word
/// and no closed shape holds is decided without the pattern, unless it holds an open shape (an
/// aside, a milestone, a source), which may hold anything: these pin both sides of that test.
/// </summary>
public sealed class LinkingTextTests
{
    [Theory]
    [InlineData("同比增长")]
    [InlineData(",较2009年分别增长")]
    [InlineData("由“十二五”末的")]
    [InlineData("连续五年保持")]
    [InlineData("(不含房地产)增长")]
    [InlineData("（扣除汽车类）增长")]
    [InlineData("迈上新的百亿元台阶,增长")]
    [InlineData("根据第四次经济普查结果,增长")]
    public void Linking_words_and_shapes_link(string gap) => Assert.True(LinkingText.Links(gap));

    [Theory]
    [InlineData("比重达")]
    [InlineData(",农村劳动力转移就业")]
    [InlineData(",单位地区生产总值能耗降低")]
    [InlineData("(不含房地产)的工业投资增长")]
    public void Another_noun_between_them_does_not_link(string gap) => Assert.False(LinkingText.Links(gap));
}
