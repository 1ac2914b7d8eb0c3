using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// The first tab: what the workbook holds, which year it is for, how much of the country it
/// covers, the run that made it, and how to read the ranks.
/// </summary>
public static class OverviewSheet
{
    public static SheetModel Build(RankingData data, IReadOnlyList<string> sheetNames)
    {
        var sheet = new SheetModel(SheetNames.Overview);
        var row = 0;
        var year = data.Year;

        sheet.Set(row++, 0, SheetCell.Of($"地区排名 {year} · Regional rankings {year}", CellStyle.Title));
        Note(sheet, ref row, $"数据年份 {year}：各地在{year + 1}年政府工作报告中回顾的{year}年实绩。 Data year {year}: the results for {year} that the reports of {year + 1} review.");
        Note(sheet, ref row, $"Targets 表：这些报告为{year + 1}年设定的目标。 Targets: the targets those reports set for {year + 1}.");
        Note(sheet, ref row, $"Target achievement 表：为{year}年设定的目标（及到{year}年的规划目标）与{year}年实绩对比。 Target achievement: targets for {year} against the results for {year}.");
        row++;

        sheet.Set(row++, 0, SheetCell.Of("如何读排名 · How to read the ranks", CellStyle.Heading));
        Note(sheet, ref row, "排名 1 = 数值最高（增速最快）。同值并列，共享同一名次，下一名次跳过（1, 2, 2, 4）。 Rank 1 is the highest value; ties share a rank and the next rank is skipped (1, 2, 2, 4).");
        Note(sheet, ref row, "同级排名：全国同级（省/地级/县级）中；省内排名：同省同级中；市内排名：同一地级市所辖县区中。 Peers: same level nationwide; same level in the same province; counties of the same parent city.");
        Note(sheet, ref row, "只在仓库已有数据的地区中排名：报告覆盖不全时，名次是上限。 Ranks count only the regions the warehouse holds a value for.");
        Note(sheet, ref row, "缺失的数值为空白，不是 0；没有数值就没有名次。 Missing values are blank, not 0; no value, no rank.");
        Note(sheet, ref row, "综合排名：各项同级排名的平均值（排名个数 = 参与平均的指标数）再排名，平均值越小越好。 Composite: the mean of the available same-level ranks (ranks counted says how many), ranked lowest mean first.");
        Note(sheet, ref row, "增速、目标为百分数（6.5 即 6.5%）；总量单位见各表。 Growth and targets are in percent (6.5 means 6.5%).");
        row++;

        sheet.Set(row++, 0, SheetCell.Of("覆盖 · Coverage", CellStyle.Heading));
        var coverage = sheet.AddTable(row, 0, new TableSpec(
            "Coverage",
            [new ColumnSpec("级别"), new ColumnSpec("报告数"), new ColumnSpec("有报告的地区"), new ColumnSpec("有实绩的地区"), new ColumnSpec("地区总数")],
            data.Coverage.Select(c => (IReadOnlyList<SheetCell>)
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
            Pair(sheet, ref row, "载入事实 facts loaded", SheetCell.Of(run.FactsLoaded));
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
                data.SkippedFiles.Select(f => (IReadOnlyList<SheetCell>)[SheetCell.Of(f.SourcePath), SheetCell.Of(f.Reason)]).ToList()));
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
        SheetNames.Targets => "下一年目标并排与排名 · next year's targets side by side, ranked",
        SheetNames.TargetAchievement => "目标完成情况 · targets met or missed, by how much",
        SheetNames.RankClaims => "报告自述排名与计算排名 · rank claims vs computed ranks",
        SheetNames.GdpChart => "GDP增速最高与最低的地区 · top and bottom regions by GDP growth",
        SheetNames.Facts => "全部事实及原文证据 · every fact with its evidence",
        SheetNames.Sources => "全部来源文档 · every source document",
        _ => "按级别排名 · ranks among peers of one level",
    };

    private static void Note(SheetModel sheet, ref int row, string text) =>
        sheet.Set(row++, 0, SheetCell.Of(text, CellStyle.Note));

    private static void Pair(SheetModel sheet, ref int row, string label, SheetCell value)
    {
        sheet.Set(row, 0, SheetCell.Of(label));
        sheet.Set(row++, 1, value);
    }
}
