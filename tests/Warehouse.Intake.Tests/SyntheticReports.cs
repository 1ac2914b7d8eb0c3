namespace Warehouse.Intake.Tests;

/// <summary>Made-up report texts in the shape real ones have (no real report text is copied here).</summary>
internal static class SyntheticReports
{
    /// <summary>A short but complete report: title, meeting line, opening, review, plan.</summary>
    public static string Report(string region, int year, string? meetingDate = null, string? title = null, string speaker = "县") =>
        $"""
        {title ?? $"{region}{year}年政府工作报告"}
        ——{meetingDate ?? $"{year}年1月10日"}在{region}第九届人民代表大会第三次会议上
        {region}人民政府{speaker}长 张 三
        各位代表:
        现在,我代表{speaker}人民政府向大会报告工作,请予审议。
        一、{year - 1}年工作回顾
        过去一年,全{speaker}地区生产总值增长5.2%,一般公共预算收入8.1亿元,增长3%。
        我们坚持稳中求进,办成了一批打基础、利长远的大事。
        二、{year}年工作安排
        {year}年主要预期目标是:地区生产总值增长6%左右,固定资产投资增长8%。
        各位代表!让我们团结一心,为建设美好家园而努力奋斗!
        """;
}
