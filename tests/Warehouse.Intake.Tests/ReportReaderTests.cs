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

    [Fact]
    public void Reading_one_file_gives_what_reading_its_path_gives()
    {
        using var folder = new TempFolder();
        folder.Write("report.txt", Encoding.UTF8.GetBytes("2023年宁乡市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。全市地区生产总值增长6.5%。"));
        folder.Write("markup.html", Encoding.UTF8.GetBytes("<html><body><script>var a = 1;</script></body></html>"));
        var reader = new ReportReader();

        foreach (var name in new[] { "report.txt", "markup.html", "missing.txt" })
        {
            var path = Path.Combine(folder.Path, name);
            var expected = reader.Read(path).Single();
            var actual = reader.ReadFile(path);
            Assert.Equal(expected.Skipped?.Reason, actual.Skipped?.Reason);
            Assert.Equal(
                expected.Reports.Select(report => (report.Kind, report.Region?.Code, report.ReportYear, report.ContentHash, report.Text.Text)),
                actual.Reports.Select(report => (report.Kind, report.Region?.Code, report.ReportYear, report.ContentHash, report.Text.Text)));
        }

        Assert.Contains("no such file", reader.ReadFile(Path.Combine(folder.Path, "missing.txt")).Skipped?.Reason);
        Assert.NotEmpty(reader.ReadFile(Path.Combine(folder.Path, "report.txt")).Reports);
    }
}
