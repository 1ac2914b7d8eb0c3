using System.Text.RegularExpressions;

namespace Warehouse.Regions;

/// <summary>
/// Resolves a report's own region. The witnesses, in order of trust: the State Council as the
/// speaker (我代表国务院, 在第十届全国人民代表大会第三次会议上) makes it the nation; else the most
/// specific name in a position that names the speaker's government: before 政府工作报告
/// (X2021年政府工作报告), before 人民政府, a congress (X第十七届人民代表大会) or its head (X县长), looked
/// for in the header (title and meeting lines), then the page before the report, then the start of
/// the text; else the region the text names most often at the speaker's level (县长, 我代表市人民政府).
/// A name several regions share (朝阳区, 鼓楼区) is settled by the parent city or province named
/// around it; otherwise it is reported as ambiguous, not guessed.
/// </summary>
public sealed partial class RegionResolver(Gazetteer gazetteer)
{
    /// <summary>How much of the report after its header is read for parent names that settle an ambiguity.</summary>
    private const int ContextLength = 3000;

    /// <summary>How much of a speech is read for the speaker's government when the header names none.</summary>
    private const int SpeechLeadLength = 300;

    /// <summary>How much of a text without a speech (a news article) is read for the meeting and the speaker.</summary>
    private const int ArticleLeadLength = 1500;

    /// <summary>How much of the text is counted for the region named most often.</summary>
    private const int CountedLength = 5000;

    private readonly RegionMentionScanner _scanner = new(gazetteer);

    /// <param name="header">The report's title and meeting lines (normalised); empty for a text without a speech.</param>
    /// <param name="preamble">Text just before the report on its page (breadcrumbs, thread title).</param>
    /// <param name="body">The report from its opening on; for a text without a speech, all of it.</param>
    /// <param name="hasSpeech">Whether body starts with the speech (各位代表…), not with a news article's lead.</param>
    public RegionResolution Resolve(string header, string preamble, string body, bool hasSpeech = true)
    {
        var lead = body[..Math.Min(body.Length, hasSpeech ? SpeechLeadLength : ArticleLeadLength)];
        if (gazetteer.Nation is { } nation && NationalSpeaker().Match(header + "\n" + lead) is { Success: true } national)
        {
            return new RegionResolution(nation, nation.Name, []);
        }

        var headerMentions = _scanner.Scan(header);
        var preambleMentions = _scanner.Scan(preamble);
        var levelHint = SpeakerLevel(lead);
        // Read only to settle a name several regions share: most names are one region's, and the
        // report's first pages are the most text a resolution scans.
        var context = new Lazy<List<RegionMention>>(
            () => [.. headerMentions, .. preambleMentions, .. _scanner.Scan(body[..Math.Min(body.Length, ContextLength)])],
            LazyThreadSafetyMode.None);

        // The header names the speaker's government; failing that, the page title before the
        // report or the start of the text (我代表X人民政府, X第十七届人民代表大会…开幕) may.
        foreach (var (text, mentions, where) in new[] { (header, headerMentions, (string?)null), (preamble, preambleMentions, "the page before the report"), (lead, _scanner.Scan(lead), "the start of the text") })
        {
            var anchored = mentions.Where(mention => IsAnchored(text, mention)).ToList();
            if (anchored.Count == 0)
            {
                // A header that names a government the gazetteer lacks is still the best witness.
                if (where is null && UnknownAnchoredName(header) is { } unknown)
                {
                    return Renamed(unknown);
                }

                continue;
            }

            var best = anchored
                .Select(mention => (Mention: mention, Level: MostSpecificLevel(mention.Candidates, levelHint)))
                .OrderByDescending(pair => pair.Level == levelHint)
                .ThenByDescending(pair => pair.Level)
                .ThenBy(pair => pair.Mention.Index)
                .First().Mention;
            var settled = Settle(best, context, levelHint);
            return where is null || !hasSpeech ? settled : settled with { Warnings = [.. settled.Warnings, $"region found in {where}, not in the title or meeting line"] };
        }

        if (headerMentions.Count > 0)
        {
            var guess = Settle(headerMentions[0], context, levelHint);
            return guess with { Warnings = [.. guess.Warnings, $"region taken from a plain mention of '{headerMentions[0].Name}' in the header"] };
        }

        return MostNamed(body[..Math.Min(body.Length, CountedLength)], context, levelHint)
            ?? RegionResolution.Unresolved("no region named in the report's title or meeting line, nor as its speaker's government");
    }

    /// <summary>
    /// The different regions whose people's congress the text names (杭州市第十三届人民代表大会,
    /// 通辽市人大五届三次会议): one for news of a region's congress, several for a roundup.
    /// </summary>
    public int CongressesNamed(string text) =>
        _scanner.Scan(text)
            .Where(mention => CongressAfter().IsMatch(text, mention.End))
            .Select(mention => string.Join(',', mention.Candidates.Select(region => region.Code)))
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// For a text that names no government: the region it names most often at the speaker's level
    /// (a news page that says only 县长X作政府工作报告 names its county elsewhere: 淳安县融媒体中心);
    /// else the one whose counties or cities it names (陇川, 瑞丽 → 德宏州). County names count in
    /// full (many short forms are rare words), and by short form only when the speaker is a county
    /// and nothing else is named (then the first named wins a tie: a report names itself early).
    /// Names that are everyday words (资源, 振兴) never count. Otherwise a tie is no answer.
    /// </summary>
    private RegionResolution? MostNamed(string text, Lazy<List<RegionMention>> context, RegionLevel? levelHint)
    {
        var mentions = _scanner.Scan(text)
            .Where(mention => !RegionNames.IsEverydayWord(mention.Name) && !mention.Candidates.Any(region => region.Level == RegionLevel.National))
            .ToList();
        bool AtLevel(Region region) => levelHint is null || region.Level == levelHint;

        var named = Leader(mentions
            .Where(mention => mention.Candidates.Any(AtLevel))
            .Where(mention => mention.IsFullName || mention.Candidates.Any(region => region.Level is RegionLevel.Province or RegionLevel.City))
            .GroupBy(mention => mention.Name, (_, group) => (Item: group.First(), Count: group.Count())));
        if (named is { } most)
        {
            var settled = Settle(most.Item, context, levelHint);
            return settled with { Warnings = [.. settled.Warnings, $"region taken from the name the text uses most ('{most.Item.Name}', {most.Count}×): no title, meeting line or speaker names it"] };
        }

        var parent = Leader(mentions
            .SelectMany(mention => mention.Candidates.Where(region => region.ParentCode is not null).Select(region => (mention.Name, Parent: region.ParentCode!)))
            .Distinct()
            .Where(pair => gazetteer.ByCode(pair.Parent) is { } region && AtLevel(region))
            .GroupBy(pair => pair.Parent, (code, group) => (Item: code, Count: group.Count())));
        if (parent is { Count: >= 2 } shared && gazetteer.ByCode(shared.Item) is { } owner)
        {
            return new RegionResolution(owner, owner.Name, [$"region taken as the one whose divisions the text names ({shared.Count} of them): no title, meeting line or speaker names it"]);
        }

        var county = levelHint == RegionLevel.County
            ? Leader(mentions
                .Where(mention => mention.Candidates.Any(region => region.Level == RegionLevel.County))
                .GroupBy(mention => mention.Name, (_, group) => (Item: group.First(), Count: group.Count())), firstWinsTies: true)
            : null;
        if (county is { } stem)
        {
            var settled = Settle(stem.Item, context, levelHint);
            return settled with { Warnings = [.. settled.Warnings, $"region taken from the county name the text uses most, or first ('{stem.Item.Name}', {stem.Count}×): no title, meeting line or speaker names it"] };
        }

        return null;
    }

    /// <summary>The item counted most, when it leads alone (items come in the order the text names them).</summary>
    private static (T Item, int Count)? Leader<T>(IEnumerable<(T Item, int Count)> counted, bool firstWinsTies = false)
    {
        var ranked = counted.OrderByDescending(pair => pair.Count).Take(2).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Count > ranked[1].Count || firstWinsTies) ? ranked[0] : null;
    }

    /// <summary>
    /// A name the gazetteer lacks: counties become districts and cities (富阳市 → 富阳区). When exactly
    /// one current county or city carries the same stem, take it and say so; otherwise leave it.
    /// </summary>
    private RegionResolution Renamed(string unknown)
    {
        var successors = RegionNames.ShortNames(unknown, RegionLevel.County)
            .SelectMany(stem => gazetteer.ByShortName(stem))
            .Where(region => region.Level != RegionLevel.Province)
            .Distinct()
            .ToList();
        return successors.Count == 1
            ? new RegionResolution(successors[0], successors[0].Name, [$"region '{unknown}' is not in the gazetteer; taken as {successors[0].Name} {successors[0].Code} (renamed?)"])
            : new RegionResolution(null, unknown, [$"region '{unknown}' is not in the gazetteer (renamed or merged?)"]);
    }

    private RegionResolution Settle(RegionMention mention, Lazy<List<RegionMention>> context, RegionLevel? levelHint)
    {
        var candidates = mention.Candidates;
        if (candidates.Count > 1 && levelHint is { } level && candidates.Count(c => c.Level == level) is > 0 and var atLevel && atLevel < candidates.Count)
        {
            candidates = [.. candidates.Where(c => c.Level == level)];
        }

        if (candidates.Count == 1)
        {
            return new RegionResolution(candidates[0], candidates[0].Name, []);
        }

        // Count how often each candidate's parent city (2 points) or province (1 point) is named nearby.
        var scores = candidates
            .Select(candidate => (Candidate: candidate, Score: context.Value
                .Where(other => other.Index != mention.Index || other.Name != mention.Name)
                .Sum(other => ParentScore(candidate, other))))
            .OrderByDescending(pair => pair.Score)
            .ToList();
        if (scores[0].Score > 0 && scores[0].Score > scores[1].Score)
        {
            return new RegionResolution(scores[0].Candidate, scores[0].Candidate.Name, []);
        }

        var listed = string.Join(", ", candidates.Select(c => $"{c.Name} {c.Code} ({c.ParentName ?? c.ProvinceName})"));
        return new RegionResolution(null, mention.Name, [$"ambiguous region name '{mention.Name}': {listed}; no parent named to settle it"]);
    }

    private static int ParentScore(Region candidate, RegionMention other)
    {
        if (candidate.ParentCode is { } parent && parent != candidate.ProvinceCode && other.Candidates.Any(r => r.Code == parent))
        {
            return 2;
        }

        return other.Candidates.Any(r => r.Code == candidate.ProvinceCode && r.Code != candidate.Code) ? 1 : 0;
    }

    /// <summary>The most specific level among the candidates (County over City over Province), within the hint if one fits.</summary>
    private static RegionLevel MostSpecificLevel(IReadOnlyList<Region> candidates, RegionLevel? hint) =>
        hint is { } level && candidates.Any(c => c.Level == level) ? level : candidates.Max(c => c.Level);

    /// <summary>Whether the text around a mention makes it the name of the reporting government.</summary>
    private static bool IsAnchored(string header, RegionMention mention)
    {
        var after = header.AsSpan(mention.End);

        // Autonomous prefectures and counties go by their stem and level: 黔东南州, 通道县.
        var autonomousSuffix = after.Length > 0 && after[0] is '州' or '县' or '旗' ? "自治" + after[0] : null;
        if (!mention.IsFullName && autonomousSuffix is not null
            && mention.Candidates.Any(region => region.Name.EndsWith(autonomousSuffix, StringComparison.Ordinal)))
        {
            after = after[1..];
        }

        // 杭州市长 (the mayor of 杭州市): the name's own suffix begins its head's title.
        var headOfIt = mention.IsFullName && after.StartsWith("长") && mention.Name[^1] is '省' or '市' or '县' or '区' or '州' or '旗' or '盟';
        return headOfIt || AnchorAfter().IsMatch(after);
    }

    /// <summary>The level of the speaker's government: 我代表县人民政府, 市长X作政府工作报告, else 我县 → County, City.</summary>
    private static RegionLevel? SpeakerLevel(string lead)
    {
        var match = SpeakerPattern().Match(lead);
        if (!match.Success)
        {
            match = FirstPersonPattern().Match(lead);
        }

        return match.Success
            ? match.Groups["level"].Value switch
            {
                "省" or "自治区" => RegionLevel.Province,
                "市" or "州" or "盟" => RegionLevel.City,
                _ => RegionLevel.County,
            }
            : null;
    }

    /// <summary>A county-like name in an anchored position that the gazetteer does not know.</summary>
    private static string? UnknownAnchoredName(string header)
    {
        var match = UnknownNamePattern().Match(header);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>What follows the speaker's government: its report, itself, its congress, its head (X县县长, X自治区主席).</summary>
    [GeneratedRegex(@"\G\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府工作报告|人民政府|政府|第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届|人民代表大会|人大|(?:代|副)?(?:省|市|县|区|州|旗|盟)长|(?:代|副)?主席)")]
    private static partial Regex AnchorAfter();

    /// <summary>我代表县人民政府, 代表旗人民政府, 市长X向大会作…, 自治区主席X: the level of the government that reports.</summary>
    [GeneratedRegex(@"代表(?<level>省|自治区|市|州|盟|县|区|旗)(?:人民)?政府|(?<![副])(?<level>省|市|州|盟|县|区|旗)长[\u4e00-\u9fff]{1,4}(?:代表|向大会|作|发表|在报告)|(?<level>自治区)(?:人民政府)?主席")]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"\G(?:第?[一二三四五六七八九十\d]+届|人大|人民代表大会)")]
    private static partial Regex CongressAfter();

    /// <summary>我县, 我市: the text speaks for a government of that level.</summary>
    [GeneratedRegex(@"我(?<level>省|市|县|区|旗|州|盟)(?!委|人大|政协)")]
    private static partial Regex FirstPersonPattern();

    /// <summary>
    /// The State Council reports: 我代表国务院, 国务院总理X作政府工作报告, X总理在政府工作报告中说 (only the
    /// State Council has a premier), 在第十届全国人民代表大会第三次会议上.
    /// </summary>
    [GeneratedRegex(@"代表国务院|总理[\u4e00-\u9fff]{0,4}?(?:作|做|向大会|在(?:政府工作)?报告|所作)|国务院政府工作报告|在第[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议上")]
    private static partial Regex NationalSpeaker();

    [GeneratedRegex(@"(?<=^|[\s\d年】\]在)—-])([\u4e00-\u9fff-[年在]]{1,7}?(?:县|区|市|旗))(?:(?:19|20)\d{2}年度?)?(?:政府工作报告|人民政府|第[一二三四五六七八九十\d]+届)")]
    private static partial Regex UnknownNamePattern();
}
