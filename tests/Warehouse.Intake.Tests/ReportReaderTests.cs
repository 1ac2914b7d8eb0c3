using System.Text;
using Warehouse.Identification;

namespace Warehouse.Intake.Tests;

public sealed class ReportReaderTests
{
    [Fact]
    public void A_page_without_text_is_skipped_with_its_reason_rather_than_lost()
    {
        using var folder = new TempFolder();
        folder.Write("markup.html", Encoding.UTF8.GetBytes("<html><head><style>p { color: red; }</style></head><body><script>var a = 1;</script></body></html>"));
        folder.Write("notice.txt", Encoding.UTF8.GetBytes("本站将于周六凌晨停机维护。"));

        var files = new ReportReader().Read(folder.Path).ToDictionary(file => Path.GetFileName(file.Path));

        Assert.Equal("no text to read once markup is removed", files["markup.html"].Skipped?.Reason);
        // A text that is not a report is still one document, a negative with its kind and reason.
        var notice = Assert.Single(files["notice.txt"].Reports);
        Assert.Equal(DocumentKind.NotAReport, notice.Kind);
        Assert.NotNull(notice.NegativeReason);
    }
}
