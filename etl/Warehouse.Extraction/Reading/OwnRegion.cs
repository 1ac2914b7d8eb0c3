using System.Text.RegularExpressions;
using Warehouse.Extraction;
using Warehouse.Regions;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Tells the report's own region from the places it quotes: 全县 in a county report is itself,
/// 全省 or 全国 there is not, nor is a township (镇, 乡), a park (园区, 开发区) or a new district.
/// </summary>
public static partial class OwnRegion
{
    [GeneratedRegex(@"全[国省市州盟区县旗]", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeWordPattern();

    // 城乡 and 乡村 are not townships.
    [GeneratedRegex(@"(?<![城])[乡镇](?![村])|街道|园区|开发区|经开区|高新区|新区|工业区|集聚区|示范区|产业区", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();

    /// <summary>Whether the words in front of an indicator put it in another place.</summary>
    public static bool IsForeignPrefix(string prefix, ReportContext report)
    {
        if (PlacePattern().IsMatch(prefix))
        {
            return true;
        }

        foreach (Match match in ScopeWordPattern().Matches(prefix))
        {
            if (!IsSelf(match.Value, report))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence opens with another place as its subject (天易经开区预计全年…;地区生产总值
    /// 增长6.5%;…): then all its figures are that place's.
    /// </summary>
    public static bool IsForeignSentence(string opening) => PlacePattern().IsMatch(opening);

    /// <summary>The peer group a 全X word names for a rank; null when 全X is the region itself.</summary>
    public static RankScope? RankScopeOf(string scopeWord, ReportContext report)
    {
        if (IsSelf(scopeWord, report))
        {
            return null;
        }

        return scopeWord switch
        {
            "全国" => RankScope.Country,
            "全省" => RankScope.Province,
            "全区" => RankScope.Province,
            "全市" or "全州" or "全盟" => report.Level == RegionLevel.County ? RankScope.City : null,
            _ => null,
        };
    }

    /// <summary>Whether 全X (全县, 全市, …) names the report's own region.</summary>
    public static bool IsSelf(string scopeWord, ReportContext report)
    {
        var suffix = scopeWord[^1];
        var name = report.RegionName ?? "";
        if (name.Length > 0 && name[^1] == suffix)
        {
            return true;
        }

        return (suffix, report.Level) switch
        {
            ('县' or '旗', RegionLevel.County) => true,
            ('市', RegionLevel.City) => true,
            ('省', RegionLevel.Province) => true,
            // An autonomous region calls itself 全区.
            ('区', RegionLevel.Province) => true,
            // Without a known region we cannot tell, and keep the figure.
            (_, null) => suffix is not ('国' or '省'),
            _ => false,
        };
    }
}
