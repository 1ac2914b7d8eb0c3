using System.Text.RegularExpressions;

namespace Warehouse.Regions;

/// <summary>
/// Resolves a report's own region from its header (title and meeting lines). The region is the
/// most specific name in a position that names the speaker's government: before 政府工作报告
/// (X2021年政府工作报告), before 人民政府 or a congress (X第十七届人民代表大会), or in a tag such as
/// 【X招商】. A name several regions share (朝阳区, 鼓楼区) is settled by the parent city or province
/// named around it; otherwise it is reported as ambiguous, not guessed.
/// </summary>
public sealed partial class RegionResolver(Gazetteer gazetteer)
{
    /// <summary>How much of the report after its header is read for parent names that settle an ambiguity.</summary>
    private const int ContextLength = 3000;

    /// <summary>How much of the speech is read for the speaker's government when the header names none.</summary>
    private const int BodyLeadLength = 300;

    private readonly RegionMentionScanner _scanner = new(gazetteer);

    /// <param name="header">The report's title and meeting lines (normalised).</param>
    /// <param name="preamble">Text just before the report on its page (breadcrumbs, thread title).</param>
    /// <param name="body">The report from its opening on.</param>
    public RegionResolution Resolve(string header, string preamble, string body)
    {
        var headerMentions = _scanner.Scan(header);
        var levelHint = SpeakerLevel(body);
        var bodyLead = body[..Math.Min(body.Length, BodyLeadLength)];
        var context = headerMentions
            .Concat(_scanner.Scan(preamble))
            .Concat(_scanner.Scan(body[..Math.Min(body.Length, ContextLength)]))
            .ToList();

        // The header names the speaker's government; failing that, the page title before the
        // report or the speech's first lines (我代表X人民政府) may.
        foreach (var (text, mentions, where) in new[] { (header, headerMentions, (string?)null), (preamble, _scanner.Scan(preamble), "the page before the report"), (bodyLead, _scanner.Scan(bodyLead), "the opening of the speech") })
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
                .OrderByDescending(pair => pair.Level)
                .ThenBy(pair => pair.Mention.Index)
                .First().Mention;
            var settled = Settle(best, context, levelHint);
            return where is null ? settled : settled with { Warnings = [.. settled.Warnings, $"region found in {where}, not in the title or meeting line"] };
        }

        if (headerMentions.Count > 0)
        {
            var guess = Settle(headerMentions[0], context, levelHint);
            return guess with { Warnings = [.. guess.Warnings, $"region taken from a plain mention of '{headerMentions[0].Name}' in the header"] };
        }

        return RegionResolution.Unresolved("no region named in the report's title or meeting line");
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

    private RegionResolution Settle(RegionMention mention, IReadOnlyList<RegionMention> context, RegionLevel? levelHint)
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
            .Select(candidate => (Candidate: candidate, Score: context
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
        var before = header.AsSpan(0, mention.Index);

        // Autonomous prefectures and counties go by their stem and level: 黔东南州, 通道县.
        var autonomousSuffix = after.Length > 0 && after[0] is '州' or '县' or '旗' ? "自治" + after[0] : null;
        if (!mention.IsFullName && autonomousSuffix is not null
            && mention.Candidates.Any(region => region.Name.EndsWith(autonomousSuffix, StringComparison.Ordinal)))
        {
            after = after[1..];
        }

        return AnchorAfter().IsMatch(after) || (before.EndsWith("【") && after.StartsWith("招商"));
    }

    /// <summary>The level of the speaker's government: 我代表县人民政府 → County.</summary>
    private static RegionLevel? SpeakerLevel(string body)
    {
        var match = SpeakerPattern().Match(body[..Math.Min(body.Length, 400)]);
        return match.Success
            ? match.Groups[1].Value switch
            {
                "省" => RegionLevel.Province,
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

    [GeneratedRegex(@"\G\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府工作报告|人民政府|政府|第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届|人民代表大会|人大)")]
    private static partial Regex AnchorAfter();

    [GeneratedRegex(@"我代表(省|市|州|盟|县|区|旗)人民政府")]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"(?<=^|[\s\d年】\]在)—-])([\u4e00-\u9fff-[年在]]{1,7}?(?:县|区|市|旗))(?:(?:19|20)\d{2}年度?)?(?:政府工作报告|人民政府|第[一二三四五六七八九十\d]+届)")]
    private static partial Regex UnknownNamePattern();
}
