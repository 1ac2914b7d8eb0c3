using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// One level's ranking sheet: each region with, per main indicator, its growth and its ranks
/// among the same level nationwide, in its province (cities, counties) and in its parent city
/// (counties); then the composite rank. Regions are listed best composite rank first.
/// </summary>
public static class RankingSheet
{
    public const string Region = "地区";
    public const string Code = "代码";
    public const string Province = "省份";
    public const string ParentCity = "上级市";
    public const string GdpLevel = "GDP总量(亿元)";
    public const string MeanRank = "平均排名";
    public const string RanksCounted = "排名个数";
    public const string CompositeRank = "综合排名";

    public static string Growth(RankedIndicator indicator) => $"{indicator.ShortNameZh}增速%";

    public static string RankAmongLevel(RankedIndicator indicator) => $"{indicator.ShortNameZh}同级排名";

    public static string RankInProvince(RankedIndicator indicator) => $"{indicator.ShortNameZh}省内排名";

    public static string RankInParentCity(RankedIndicator indicator) => $"{indicator.ShortNameZh}市内排名";

    public static SheetModel Build(RankingData data, string level, string sheetName, string tableName)
    {
        var hasProvince = level != "province";
        var hasParentCity = level == "county";
        var ranks = data.PeerRanks.ToDictionary(r => (r.RegionCode, r.Indicator));
        var composites = data.CompositeRanks.ToDictionary(c => c.RegionCode);

        var columns = new List<ColumnSpec> { new(Region), new(Code) };
        if (hasProvince)
        {
            columns.Add(new(Province));
        }

        if (hasParentCity)
        {
            columns.Add(new(ParentCity));
        }

        columns.Add(new(GdpLevel, ColumnHighlight.DataBar));
        foreach (var indicator in MainIndicators.All)
        {
            columns.Add(new(Growth(indicator), ColumnHighlight.ColourScale));
            columns.Add(new(RankAmongLevel(indicator)));
            if (hasProvince)
            {
                columns.Add(new(RankInProvince(indicator)));
            }

            if (hasParentCity)
            {
                columns.Add(new(RankInParentCity(indicator)));
            }
        }

        columns.AddRange([new(MeanRank), new(RanksCounted), new(CompositeRank)]);

        var regions = data.Regions
            .Where(r => r.Level == level)
            .OrderBy(r => composites.TryGetValue(r.Code, out var c) ? c.Rank : long.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var region in regions)
        {
            var cells = new List<SheetCell> { SheetCell.Of(region.Name), SheetCell.Of(region.Code) };
            if (hasProvince)
            {
                cells.Add(SheetCell.Of(region.ProvinceName));
            }

            if (hasParentCity)
            {
                cells.Add(SheetCell.Of(region.ParentName));
            }

            cells.Add(SheetCell.Of(region.GdpLevel, CellStyle.Amount));
            foreach (var indicator in MainIndicators.All)
            {
                // No value, no rank: blank cells, never 0.
                var rank = ranks.GetValueOrDefault((region.Code, indicator.Code));
                cells.Add(SheetCell.Of(rank?.Value, CellStyle.OneDecimal));
                cells.Add(SheetCell.Of(rank?.RankLevel));
                if (hasProvince)
                {
                    cells.Add(SheetCell.Of(rank?.RankProvince));
                }

                if (hasParentCity)
                {
                    cells.Add(SheetCell.Of(rank?.RankParent));
                }
            }

            var composite = composites.GetValueOrDefault(region.Code);
            cells.Add(SheetCell.Of(composite?.MeanRank, CellStyle.OneDecimal));
            cells.Add(SheetCell.Of(composite?.RanksCounted));
            cells.Add(SheetCell.Of(composite?.Rank));
            rows.Add(cells);
        }

        var sheet = new SheetModel(sheetName) { FrozenRows = 1 };
        sheet.AddTable(0, 0, new TableSpec(tableName, columns, rows));
        return sheet;
    }
}
