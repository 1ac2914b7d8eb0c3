using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// The first tab: which year the workbook is for, what it holds, how to read the ranks, how
/// much of the country it covers, and the run that wrote it (which may have loaded nothing new).
/// </summary>
public static class OverviewSheet
{
    public static SheetModel Build(RankingData data, IReadOnlyList<string> sheetNames)
    {
        var sheet = new SheetModel(SheetNames.Overview);
        var row = 0;
        var year = data.Year;

        sheet.Set(row++, 0, SheetCell.Of($"地区排名 {year} · Regional rankings {year}", CellStyle.Title));
        Note(sheet, ref row, $"数据年份 {year}：各地在{year + 1}年政府工作报告中回顾的{year}年实绩。", $"Data year {year}: the results for {year} that the reports of {year + 1} review.");
        Note(sheet, ref row, $"目标表：这些报告为{year + 1}年设定的目标；层层加码表：与上级、省、全国目标之差。", $"Targets: the targets those reports set for {year + 1}; Target escalation: how far each exceeds the level above, the province and the nation.");
        Note(sheet, ref row, $"目标完成表：为{year}年设定的目标（及到{year}年的规划目标）与{year}年实绩对比；实绩来自{year + 1}年的报告。", $"Target achievement: targets for {year} against the results for {year}, which the reports of {year + 1} state.");
        row++;

        sheet.Set(row++, 0, SheetCell.Of("本工作簿 · What this workbook holds", CellStyle.Heading));
        Pair(sheet, ref row, "报告 reports", SheetCell.Of((long)data.Sources.Count));
        Pair(sheet, ref row, "有实绩的地区 regions with results", SheetCell.Of((long)data.Regions.Count));
        Pair(sheet, ref row, "事实 facts", SheetCell.Of((long)data.Facts.Count));
        Pair(sheet, ref row, $"{year + 1}年增长目标 growth targets for {year + 1}", SheetCell.Of((long)data.Targets.Count));
        Pair(sheet, ref row, $"{year}年目标（对照实绩）targets for {year}", SheetCell.Of((long)data.Achievements.Count));
        Pair(sheet, ref row, "自述排名 rank claims", SheetCell.Of((long)data.RankClaims.Count));
        row++;

        sheet.Set(row++, 0, SheetCell.Of("如何读排名 · How to read the ranks", CellStyle.Heading));
        Note(sheet, ref row, "排名 1 = 数值最高（增速最快）。同值并列，共享同一名次，下一名次跳过（1, 2, 2, 4）。", "Rank 1 is the highest value; ties share a rank and the next rank is skipped (1, 2, 2, 4).");
        Note(sheet, ref row, "同级排名：全国同级（省/地级/县级）中；省内排名：同省同级中；市内排名：同一地级市所辖县区中。", "Peers: same level nationwide; same level in the same province; counties of the same parent city.");
        Note(sheet, ref row, "只在已载入数值的地区中排名。", "Ranks count only the regions with a value loaded.");
        Note(sheet, ref row, "“已载/全部” k/N：同组 N 个地区（GB/T 2260）中 k 个已载入；k = N 时名次才是真实名次。", "k/N: k of the N regions of the peer group (GB/T 2260) are loaded; only when k = N is the rank the true one.");
        Note(sheet, ref row, "自述排名只在同组地区全部载入时判断一致与否，否则写明“不可比：k of N”。", "A report's rank claim is judged only when its whole peer group is loaded; otherwise it reads \"not comparable: k of N peers loaded\".");
        Note(sheet, ref row, "缺失的数值为空白，不是 0；没有数值就没有名次。", "Missing values are blank, not 0; no value, no rank.");
        Note(sheet, ref row, "综合排名：各项同级排名的平均值（排名个数 = 参与平均的指标数）再排名，平均值越小越好。", "Composite: the mean of the available same-level ranks (ranks counted says how many), ranked lowest mean first.");
        Note(sheet, ref row, "增速、目标为百分数（6.5 即 6.5%）；数值保留报告给出的小数位。", "Growth and targets are in percent (6.5 means 6.5%); figures keep the decimals the report gave.");
        Note(sheet, ref row, "≥、≤、≈ 表示报告中的“突破/以上”“以内”“左右”；全国为基准，不参与排名。", "≥, ≤, ≈ stand for the report's 突破/以上, 以内, 左右; the nation is a baseline, not ranked.");
        row++;

        sheet.Set(row++, 0, SheetCell.Of("覆盖 · Coverage", CellStyle.Heading));
        var coverage = sheet.AddTable(row, 0, new TableSpec(
            "Coverage",
            [new ColumnSpec("级别"), new ColumnSpec("报告数"), new ColumnSpec("有报告的地区"), new ColumnSpec("有实绩的地区"), new ColumnSpec("地区总数")],
            data.Coverage.Select(c => (SheetCell[])
            [
                SheetCell.Of(Labels.Level(c.Level)), SheetCell.Of(c.Reports), SheetCell.Of(c.RegionsWithReport),
                SheetCell.Of(c.RegionsWithResults), SheetCell.Of(c.RegionsTotal),
            ]).ToList()));
        row = coverage.LastRow + 2;

        sheet.Set(row++, 0, SheetCell.Of("生成本工作簿的运行 · The run that made this workbook", CellStyle.Heading));
        if (data.Run is { } run)
        {
            Pair(sheet, ref row, "运行编号 run id", SheetCell.Of(run.RunId));
            Pair(sheet, ref row, "开始 started (UTC)", SheetCell.Of(run.StartedAt));
            Pair(sheet, ref row, "结束 finished (UTC)", SheetCell.Of(run.FinishedAt));
            Pair(sheet, ref row, "状态 status", SheetCell.Of(run.Status));
            Pair(sheet, ref row, "文件 files seen/new/changed/unchanged/skipped/removed", SheetCell.Of(string.Join(" / ", new[]
            {
                run.FilesSeen, run.FilesNew, run.FilesChanged, run.FilesUnchanged, run.FilesSkipped, run.FilesRemoved,
            }.Select(n => n.ToString(CultureInfo.InvariantCulture)))));
            Pair(sheet, ref row, "本次运行新载入事实 facts this run loaded", SheetCell.Of(run.FactsLoaded));
            if (run.FilesNew + run.FilesChanged + run.FilesRemoved == 0)
            {
                Note(sheet, ref row, "本次运行没有新的或改动的文件：本工作簿内容来自此前的运行（见上“本工作簿”）。", "No file was new or changed in this run: the workbook shows what earlier runs loaded (see \"What this workbook holds\" above).");
            }

            Pair(sheet, ref row, "错误 errors", SheetCell.Of(run.Errors));
        }
        else
        {
            Note(sheet, ref row, "仓库中没有运行记录 (etl_run is empty).");
        }

        Pair(sheet, ref row, "写入 written (UTC)", SheetCell.Of(DateTime.UtcNow));
        row++;

        if (data.SkippedFiles.Count > 0)
        {
            sheet.Set(row++, 0, SheetCell.Of($"本次运行跳过的文件 · Files the run skipped ({data.SkippedFiles.Count})", CellStyle.Heading));
            var skipped = sheet.AddTable(row, 0, new TableSpec(
                "Skipped_files",
                [new ColumnSpec("跳过的文件 skipped file"), new ColumnSpec("原因 reason")],
                data.SkippedFiles.Select(f => (SheetCell[])[SheetCell.Of(f.SourcePath), SheetCell.Of(f.Reason)]).ToList()));
            row = skipped.LastRow + 2;
        }

        sheet.Set(row++, 0, SheetCell.Of("工作表 · Sheets", CellStyle.Heading));
        foreach (var name in sheetNames.Where(n => n != SheetNames.Overview))
        {
            sheet.Set(row, 0, SheetCell.Of(name).LinkedTo(CellLink.ToCell(name, "A1")));
            sheet.Set(row++, 1, SheetCell.Of(Describe(name), CellStyle.Note));
        }

        return sheet;
    }

    private static string Describe(string sheetName) => sheetName switch
    {
        SheetNames.Targets => "下一年目标并排、排名 · next year's targets, ranked; the nation as baseline",
        SheetNames.TargetEscalation => "各地目标高出上级、省、全国多少 · each target against the levels above",
        SheetNames.EscalationSummary => "各级平均高出上一级多少 · how much higher each level aims, with charts",
        SheetNames.TargetAchievement => "目标完成情况及实绩出处 · targets met or missed, and where the result comes from",
        SheetNames.RankClaims => "自述排名与计算排名 · rank claims, judged only on a complete peer group",
        SheetNames.GdpChart => "GDP增速最高与最低的地区 · top and bottom regions by GDP growth",
        SheetNames.Facts => "全部事实及原文证据 · every fact with its evidence",
        SheetNames.Sources => "全部来源文档 · every source document",
        _ => "按级别排名 · ranks among peers of one level, with k of N loaded",
    };

    private static void Note(SheetModel sheet, ref int row, string text) =>
        sheet.Set(row++, 0, SheetCell.Of(text, CellStyle.Note));

    /// <summary>A note in Chinese with its English on the next row, so that neither runs off the page.</summary>
    private static void Note(SheetModel sheet, ref int row, string chinese, string english)
    {
        Note(sheet, ref row, chinese);
        Note(sheet, ref row, english);
    }

    private static void Pair(SheetModel sheet, ref int row, string label, SheetCell value)
    {
        sheet.Set(row, 0, SheetCell.Of(label));
        sheet.Set(row++, 1, value);
    }
}
