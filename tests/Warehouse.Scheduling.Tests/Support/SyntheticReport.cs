namespace Warehouse.Scheduling.Tests.Support;

/// <summary>Invented wording and figures in the usual shape of a county report; not a real report.</summary>
public static class SyntheticReport
{
    public const string Text = """
        秭归县2025年政府工作报告
        ——2025年1月8日在秭归县第十届人民代表大会第五次会议上

        各位代表：

        现在，我代表县人民政府向大会报告工作，请予审议。

        一、2024年工作回顾

        过去一年，全县地区生产总值增长5.8%，固定资产投资增长4.1%，一般公共预算收入5.6亿元。

        二、2025年主要预期目标

        地区生产总值增长6%左右，固定资产投资增长5%，一般公共预算收入增长4%。
        """;

    /// <summary>The report and a file no reader can open, so that a run loads facts and skips one file with a reason.</summary>
    public static void WriteInput(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "zigui-2025.txt"), Text);
        File.WriteAllBytes(Path.Combine(folder, "broken.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0x00, 0x01, 0x02]);
    }
}
