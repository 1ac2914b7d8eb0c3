using System.Text.RegularExpressions;
using Warehouse.Extraction;
using Warehouse.Regions;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Tells the report's own region from the places it quotes: 全县 in a county report is itself,
/// 全省 or 全国 there is not, nor is a township (镇, 乡), a park (园区, 开发区) or a new district
/// standing as the subject of the figures (高新区预计全年…, 其中各乡镇…). A place word that is part of
/// the report's own name (浦东新区's report on 浦东新区) is the region itself.
/// </summary>
public static partial class OwnRegion
{
    [GeneratedRegex(@"全[国省市州盟区县旗]", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeWordPattern();

    // 城乡 and 乡村 are not townships; 本地区 and 全地区 are the region itself.
    [GeneratedRegex(@"(?<![城])[乡镇](?![村])|街道|园区|开发区|经开区|高新区|新区|工业区|集聚区|示范区|产业区|(?<![本全])地区|城区|市区|老区|山区|库区|牧区", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();

    // What may follow a place that is the subject of the figures after it: nothing, a time or
    // scope word (全年, 预计, 2020年), a verb of results (实现, 完成, 累计) or 的.
    [GeneratedRegex(@"^(?:$|[\s:：]|预计|全年|今年|去年|上年|当年|共|累计|实现|完成|的|\d{4}年)", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectContinuationPattern();

    /// <summary>Whether the words in front of an indicator put it in another place.</summary>
    public static bool IsForeignPrefix(string prefix, ReportContext report)
    {
        if (HasForeignPlaceAsSubject(prefix, report))
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
    /// 增长6.5%;…): then all its figures are that place's. "开发区建设加快,…" only names a place.
    /// </summary>
    public static bool IsForeignSentence(string opening, ReportContext report) => HasForeignPlaceAsSubject(opening, report);

    private static bool HasForeignPlaceAsSubject(string words, ReportContext report)
    {
        foreach (Match place in PlacePattern().Matches(words))
        {
            var end = place.Index + place.Length;
            if (SubjectContinuationPattern().IsMatch(words.AsSpan(end)) && !IsOwnName(words, end, report))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words ending at a place word are the report's own region name (…浦东新区).</summary>
    private static bool IsOwnName(string words, int end, ReportContext report) =>
        report.RegionName is { Length: > 0 } name && words.AsSpan(0, end).EndsWith(name, StringComparison.Ordinal);

    /// <summary>The peer group a 全X word names for a rank; null when 全X is the region itself.</summary>
    public static RankScope? RankScopeOf(string scopeWord, ReportContext report)
    {
        if (IsSelf(scopeWord, report))
        {
            return null;
        }

        return scopeWord switch
        {
            "世界" or "全球" => RankScope.World,
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
            ('国', RegionLevel.National) => true,
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
