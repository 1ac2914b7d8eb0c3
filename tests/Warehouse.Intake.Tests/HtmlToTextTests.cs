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
        Assert.Equal("前文 <p class=\"x", HtmlToText.Convert("前文 <p class=\"x"));
        Assert.Equal("前文", HtmlToText.Convert("前文<script>alert(1)"));
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

    [Fact]
    public void RubyAnnotationsAreNotText() =>
        Assert.Equal("全县实现生产总值增长6%。", HtmlToText.Convert("<p>全县<ruby>实<rp>(</rp><rt>shí</rt><rp>)</rp></ruby><ruby>现<rt>xiàn</rt></ruby>生产总值增长6%。</p>"));
}
