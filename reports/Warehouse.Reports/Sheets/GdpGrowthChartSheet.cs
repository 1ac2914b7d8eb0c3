using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// Per level, the regions with the highest and the lowest GDP growth in a small table, and a
/// native bar chart of it beside the table.
/// </summary>
public static class GdpGrowthChartSheet
{
    /// <summary>How many regions at each end; a level with no more than twice this shows all.</summary>
    public const int EachEnd = 10;

    private const int BlockHeight = 24;

    public static SheetModel Build(RankingData data)
    {
        var sheet = new SheetModel(SheetNames.GdpChart);
        var names = data.Regions.ToDictionary(r => r.Code, r => r.Name);
        var row = 0;
        foreach (var (level, _, table) in SheetNames.Rankings)
        {
            var levelCodes = data.Regions.Where(r => r.Level == level).Select(r => r.Code).ToHashSet();
            var ranked = data.PeerRanks
                .Where(p => p.Indicator == "gdp" && levelCodes.Contains(p.RegionCode))
                .OrderBy(p => p.RankLevel)
                .ThenBy(p => p.RegionCode, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count == 0)
            {
                continue;
            }

            var shown = ranked.Count <= 2 * EachEnd ? ranked : [.. ranked.Take(EachEnd), .. ranked.TakeLast(EachEnd)];
            var title = ranked.Count <= 2 * EachEnd
                ? $"{Labels.Level(level)} GDP增速 (全部 {ranked.Count} 个)"
                : $"{Labels.Level(level)} GDP增速 前{EachEnd}与后{EachEnd} (共 {ranked.Count} 个)";
            sheet.Set(row, 0, SheetCell.Of(title, CellStyle.Heading));
            var placed = sheet.AddTable(row + 1, 0, new TableSpec(
                $"Gdp_growth_{table}",
                [new ColumnSpec("地区"), new ColumnSpec("GDP增速%"), new ColumnSpec("同级排名")],
                shown.Select(p => (SheetCell[])
                [
                    SheetCell.Of(names.GetValueOrDefault(p.RegionCode, p.RegionCode)),
                    SheetCell.Figure(p.Value, Labels.Sign(p.Qualifier)),
                    SheetCell.Of(p.RankLevel),
                ]).ToList()));
            var height = Math.Max(BlockHeight, shown.Count + 4);
            sheet.AddBarChart(title, placed, 0, [1], new ChartArea(row, 4, row + height - 1, 13));
            row += height;
        }

        if (row == 0)
        {
            sheet.Set(0, 0, SheetCell.Of("No GDP growth figures for this year. 本年度无GDP增速数据。", CellStyle.Note));
        }

        return sheet;
    }
}
