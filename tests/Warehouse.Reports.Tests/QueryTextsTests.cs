using Warehouse.Reports.Data;

namespace Warehouse.Reports.Tests;

public sealed class QueryTextsTests
{
    // Copies made at run time, as a data reader makes them: literals would be one instance already.
    private static string Copy(string text) => new(text.AsSpan());

    [Fact]
    public void A_short_text_is_kept_once_wherever_it_repeats()
    {
        var texts = new QueryTexts();
        var first = texts.Share(0, Copy("四川省"));

        texts.Share(0, Copy("成都市"));
        Assert.Same(first, texts.Share(3, Copy("四川省")));
    }

    [Fact]
    public void A_long_text_is_kept_once_while_it_repeats_in_its_column()
    {
        var path = "reports/2024/county/" + new string('县', 20) + ".txt";
        var texts = new QueryTexts();
        var first = texts.Share(1, Copy(path));

        Assert.Same(first, texts.Share(1, Copy(path)));
        Assert.NotSame(first, texts.Share(2, Copy(path)));
        texts.Share(1, Copy(path + "2"));
        Assert.NotSame(first, texts.Share(1, Copy(path)));
    }
}
