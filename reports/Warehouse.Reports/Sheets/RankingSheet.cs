using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// One level's ranking sheet: each region with, per main indicator, its growth and its ranks
/// among the same level nationwide, in its province (cities, counties) and in its parent city
/// (counties), each of the last two with how many of the group are loaded out of how many the
/// gazetteer counts; then the composite rank. Regions are listed best composite rank first;
/// the province sheet starts with the nation as an unranked baseline.
/// </summary>
public static class RankingSheet
{
    public const string Region = "地区";
    public const string Code = "代码";
    public const string Province = "省份";
    public const string ParentCity = "上级市";
    public const string GdpLevel = "GDP总量 亿元";
    public const string MeanRank = "平均排名";
    public const string RanksCounted = "排名个数";
    public const string CompositeRank = "综合排名";

    /// <summary>Written after the nation's name on its baseline row.</summary>
    public const string Baseline = "（基准 baseline, not ranked）";

    public static string Growth(RankedIndicator indicator) => $"{indicator.ShortNameZh}增速%";

    public static string RankAmongLevel(RankedIndicator indicator) => $"{indicator.ShortNameZh}同级排名";

    public static string RankInProvince(RankedIndicator indicator) => $"{indicator.ShortNameZh}省内排名";

    public static string LoadedInProvince(RankedIndicator indicator) => $"{indicator.ShortNameZh}省内已载/全部";

    public static string RankInParentCity(RankedIndicator indicator) => $"{indicator.ShortNameZh}市内排名";

    public static string LoadedInParentCity(RankedIndicator indicator) => $"{indicator.ShortNameZh}市内已载/全部";

    /// <summary>k/N: k regions of the peer group have the value loaded, N are in the group.</summary>
    public static string LoadedOfAll(long? loaded, long? all) =>
        loaded is long k && all is long n ? $"{k.ToString(CultureInfo.InvariantCulture)}/{n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;

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

        var regionColumns = columns.Count;
        columns.Add(new(GdpLevel, ColumnHighlight.DataBar));
        foreach (var indicator in MainIndicators.All)
        {
            columns.Add(new(Growth(indicator), ColumnHighlight.ColourScale));
            columns.Add(new(RankAmongLevel(indicator)));
            if (hasProvince)
            {
                columns.Add(new(RankInProvince(indicator)));
                columns.Add(new(LoadedInProvince(indicator)));
            }

            if (hasParentCity)
            {
                columns.Add(new(RankInParentCity(indicator)));
                columns.Add(new(LoadedInParentCity(indicator)));
            }
        }

        columns.AddRange([new(MeanRank), new(RanksCounted), new(CompositeRank)]);

        var baseline = level == "province" ? data.Regions.Where(r => r.Level == "national") : [];
        var regions = data.Regions
            .Where(r => r.Level == level)
            .OrderBy(r => composites.TryGetValue(r.Code, out var c) ? c.Rank : long.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal);
        var rows = new List<SheetCell[]>();
        foreach (var region in baseline.Concat(regions))
        {
            var ranked = region.Level == level;
            var cells = new List<SheetCell> { SheetCell.Of(ranked ? region.Name : region.Name + Baseline), SheetCell.Of(region.Code) };
            if (hasProvince)
            {
                cells.Add(SheetCell.Of(region.ProvinceName));
            }

            if (hasParentCity)
            {
                cells.Add(SheetCell.Of(region.ParentName));
            }

            cells.Add(SheetCell.Figure(region.GdpLevel, Labels.Sign(region.GdpLevelQualifier)));
            foreach (var indicator in MainIndicators.All)
            {
                // No value, no rank: blank cells, never 0. The baseline shows values only.
                var rank = ranks.GetValueOrDefault((region.Code, indicator.Code));
                var shown = ranked ? rank : null;
                cells.Add(SheetCell.Figure(rank?.Value, Labels.Sign(rank?.Qualifier)));
                cells.Add(SheetCell.Of(shown?.RankLevel));
                if (hasProvince)
                {
                    cells.Add(SheetCell.Of(shown?.RankProvince));
                    cells.Add(SheetCell.Of(LoadedOfAll(shown?.PeersProvince, shown?.PeersProvinceTotal), CellStyle.RightText));
                }

                if (hasParentCity)
                {
                    cells.Add(SheetCell.Of(shown?.RankParent));
                    cells.Add(SheetCell.Of(LoadedOfAll(shown?.PeersParent, shown?.PeersParentTotal), CellStyle.RightText));
                }
            }

            var composite = ranked ? composites.GetValueOrDefault(region.Code) : null;
            cells.Add(SheetCell.Of(composite?.MeanRank, CellStyle.OneDecimal));
            cells.Add(SheetCell.Of(composite?.RanksCounted));
            cells.Add(SheetCell.Of(composite?.Rank));
            rows.Add([.. cells]);
        }

        var sheet = new SheetModel(sheetName) { FrozenRows = 1, FrozenColumns = regionColumns };
        sheet.AddTable(0, 0, new TableSpec(tableName, columns, rows));
        return sheet;
    }
}
