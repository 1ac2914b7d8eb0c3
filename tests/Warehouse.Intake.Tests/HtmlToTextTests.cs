using System.Text;
using Warehouse.Text;

namespace Warehouse.Intake.Tests;

public sealed class HtmlToTextTests
{
    [Fact]
    public void KeepsTextAndBlockStructure()
    {
        const string html = "<html><head><title>某县政府工作报告</title><style>p{color:red}</style></head>" +
            "<body><div>各位代表:</div><p>现在,我代表<b>县人民政府</b>报告工作。<br>第二行</p><ul><li>一</li><li>二</li></ul></body></html>";
        Assert.Equal("某县政府工作报告\n各位代表:\n现在,我代表县人民政府报告工作。\n第二行\n一\n二", HtmlToText.Convert(html));
    }

    [Fact]
    public void DropsScriptsStylesAndPageFurniture()
    {
        const string html = "<nav><a href=/>首页</a> &gt; 政务公开</nav><header>网站标题</header>" +
            "<script>var x = '<p>不是正文</p>'; if (a < b) {}</script><noscript>请启用脚本</noscript>" +
            "<p>正文第一段。</p><!-- <p>注释</p> --><footer>版权所有 联系我们</footer><aside>相关链接</aside>";
        Assert.Equal("正文第一段。", HtmlToText.Convert(html));
    }

    [Fact]
    public void DecodesEntities()
    {
        Assert.Equal("增长6.5% & 以上 \u00A0<目标> 中", HtmlToText.Convert("<p>增长6.5&#37; &amp; 以上 &nbsp;&lt;目标&gt; &#x4E2D;</p>"));
    }

    [Fact]
    public void SurvivesUnclosedTagsAndStrayBrackets()
    {
        Assert.Equal("正文 a < b 继续", HtmlToText.Convert("<div><p>正文 a < b <span>继续"));
        Assert.Equal("前文", HtmlToText.Convert("前文 <p class=\"x"));
        Assert.Equal("前文", HtmlToText.Convert("前文<script>alert(1)"));
    }

    [Fact]
    public void KeepsTheTextOfAFormAroundTheReport()
    {
        const string html = "<body><form action=\"/search\"><input name=q><button>搜索</button>" +
            "<div class=\"article\"><p>各位代表:</p><p>全年地区生产总值增长6.5%。</p></div>" +
            "<select><option>栏目一</option></select></form></body>";
        Assert.Equal("各位代表:\n全年地区生产总值增长6.5%。", HtmlToText.Convert(html));
    }

    [Fact]
    public void TextAfterAnUnclosedScriptIsKept()
    {
        const string html = "<head><script src=\"/js/stat.js\"></head><body><p>各位代表:</p><p>一般公共预算收入增长8%。</p></body>";
        Assert.Equal("各位代表:\n一般公共预算收入增长8%。", HtmlToText.Convert(html));
        Assert.Equal("标题\n正文。", HtmlToText.Convert("<title>标题</title><style>p { color: red }<p>正文。</p>"));
    }

    [Fact]
    public void AnArticlesOwnHeaderAndFooterStayWhileThePagesGo()
    {
        const string html = "<header>某市人民政府门户网站</header><nav>首页 政务公开</nav>" +
            "<article><header><h1>2024年某市政府工作报告</h1></header><p>各位代表:现在,我代表市人民政府向大会报告工作。</p>" +
            "<footer>来源:某市人民政府办公室</footer></article><footer>版权所有 网站地图</footer>";
        Assert.Equal("2024年某市政府工作报告\n各位代表:现在,我代表市人民政府向大会报告工作。\n来源:某市人民政府办公室", HtmlToText.Convert(html));
    }

    [Fact]
    public void UnclosedFurnitureDoesNotSwallowThePage()
    {
        Assert.Equal("导航\n正文。", HtmlToText.Convert("<nav>导航<p>正文。</p>"));
    }

    [Fact]
    public void HandlesHugeAttributesAndDeepJunkNesting()
    {
        var html = new StringBuilder();
        html.Append("<div data-x=\"").Append('a', 2_000_000).Append("\">开头</div>");
        for (var i = 0; i < 50_000; i++)
        {
            html.Append("<div><span><nav");
        }

        html.Append("<p>结尾</p>");
        var text = HtmlToText.Convert(html.ToString());
        Assert.StartsWith("开头", text, StringComparison.Ordinal);
        Assert.EndsWith("结尾", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<p>")]
    [InlineData("<b>")]
    [InlineData("<font size=3>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<li><ul>")]
    public void TwoHundredThousandNestedElementsCostNoRecursionAndLittleTime(string open)
    {
        var html = new StringBuilder("<p>开头</p>");
        for (var i = 0; i < 200_000; i++)
        {
            html.Append(open);
        }

        html.Append("结尾");
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var text = HtmlToText.Convert(html.ToString());

        Assert.StartsWith("开头", text, StringComparison.Ordinal);
        Assert.EndsWith("结尾", text, StringComparison.Ordinal);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), $"took {timer.Elapsed}");
    }

    [Fact]
    public void RubyAnnotationsAreNotText() =>
        Assert.Equal("全县实现生产总值增长6%。", HtmlToText.Convert("<p>全县<ruby>实<rp>(</rp><rt>shí</rt><rp>)</rp></ruby><ruby>现<rt>xiàn</rt></ruby>生产总值增长6%。</p>"));

    [Fact]
    public void RubyAnnotationsWithoutEndTagsEndAtTheirRubyOrTheNextBlock() =>
        Assert.Equal("全县实现增长6%。\n下一段", HtmlToText.Convert("<p>全县<ruby>实<rt>shí<rt>xx</ruby>现增长6%。<p>下一段<rt>"));
}
