using System.Text;
using Warehouse.Identification;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Intake.Tests;

/// <summary>Odd and broken texts: identification must not throw, and its offsets must stay inside the text.</summary>
public sealed class HostileInputTests
{
    private static readonly ReportIdentifier Identifier = new(new TextNormalizer(), new RegionResolver(Gazetteer.Load()));

    public static TheoryData<string> OddTexts() =>
    [
        "政府工作报告",
        "各位代表:",
        "各位代表",
        "\n\n\n",
        " \u3000 ",
        "政府工作报告\n各位代表:",
        "在县第一届人民代表大会第一次会议上各位代表:",
        "2021年政府工作报告\n \n各位代表:现在",
        "【】政府工作报告各位代表:",
        "【招商】\n\n政府工作报告",
        new string('各', 10_000),
        string.Concat(Enumerable.Repeat("2021年某县政府工作报告\n", 500)),
        string.Concat(Enumerable.Repeat("各位代表:我代表", 500)),
        "xx\nXX\n××\n某某",
        "\uD840",
        "𠈓𠈓政府工作報告\n各位代表:\n現在",
    ];

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void OddTextsDoNotThrow(string text)
    {
        var reports = Identifier.Identify("odd.txt", "00", text);
        foreach (var report in reports)
        {
            Assert.InRange(report.RawStart, 0, text.Length);
            Assert.InRange(report.RawStart + report.Text.Raw.Length, 0, text.Length);
            Assert.Equal(report.Text.Text.Length + 1, report.Text.RawIndex.Length);
        }
    }

    [Fact]
    public void RandomTextDoesNotThrow()
    {
        var random = new Random(20240601);
        const string alphabet = "政府工作报告各位代表在第届人民代表大会次会议上县市区省年月日2021\n :,。【】[]-—xX縣報告麵";
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var reports = Identifier.Identify("random.txt", "00", text.ToString());
            Assert.All(reports, report => Assert.InRange(report.RawStart, 0, text.Length));
        }
    }
}
