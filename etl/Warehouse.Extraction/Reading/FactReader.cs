using System.Buffers;
using Warehouse.Extraction.Lexicon;
using Warehouse.Extraction.Numbers;
using Warehouse.Extraction.Sections;
using Warehouse.Text;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Reads the facts of one sentence. It walks the sentence's indicators, figures and rank claims in
/// order: an indicator (or a list of them: 地区生产总值、规模工业增加值) becomes the subject, and each
/// following figure belongs to it as long as only verbs and connectives stand between them. Lists
/// of figures map onto lists of subjects in order (分别). The section and the words before a
/// figure decide its kind and year.
/// </summary>
public sealed class FactReader(IndicatorLexicon lexicon)
{
    /// <summary>
    /// A sentence holds a fact only if it holds a figure (a digit, a numeral before 万/亿, 持平,
    /// 两位数, 翻一番) or a rank (第, 领跑, 首位): most sentences hold none and are skipped at once.
    /// </summary>
    private static readonly SearchValues<char> FactCharacters = SearchValues.Create("0123456789万亿持两番第领首");

    // Held once: a collection expression passed as char[] would allocate a new array on every call.
    private static readonly char[] ClauseBreaks = [',', '，', ':', '：'];
    private static readonly char[] OpeningClauseBreaks = [',', '，', ':', '：', ';', '；'];

    private readonly IndicatorMatcher _matcher = new(lexicon);

    public IEnumerable<Fact> Read(ReportContext report, NormalizedText text, ReportLayout layout, TextSpan sentence)
    {
        if (!text.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).ContainsAny(FactCharacters))
        {
            return [];
        }

        // Figures and rank claims become facts only of an indicator named before them: a sentence
        // that names none (most sentences with figures) holds no fact, and its figures and ranks
        // need not be read at all.
        var mentions = _matcher.FindAll(text.Text, sentence.Start, sentence.End);
        if (mentions.Count == 0)
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text.Text, sentence, mentions);
        // Only sentences that yield a fact pay for the marker scan.
        var markers = new Lazy<SentenceMarkers>(() => SentenceMarkers.Scan(text.Text, sentence));
        var state = new WalkState(sentence.Start);
        var facts = new List<Fact>();
        if (tokens.Count == 0 || OwnRegion.IsForeignSentence(OpeningClause(text.Text, sentence.Start, tokens[0].Start), report))
        {
            return facts;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var gap = text.Text[state.PreviousEnd..token.Start];
            switch (token)
            {
                case BreakToken:
                    state = new WalkState(token.End);
                    continue;
                case IndicatorToken indicator:
                    OnIndicator(state, indicator.Mention, gap, report);
                    break;
                case ValuesToken values:
                    var next = i + 1 < tokens.Count ? tokens[i + 1] as ValuesToken : null;
                    var nextGap = next is null ? "" : text.Text[values.End..next.Start];
                    var context = new FigureContext(report, text, layout, sentence, state.ClauseStart, markers);
                    var part = next is not null && IsFromTo(gap, nextGap) ? FromTo.From : state.Previous is ValuesToken && state.PreviousPart == FromTo.From ? FromTo.To : FromTo.None;
                    facts.AddRange(OnValues(state, values, gap, part, context));
                    state.PreviousPart = part;
                    break;
                case RankToken rank:
                    facts.AddRange(OnRank(state, rank.Rank, gap, report, text, layout.Sections));
                    break;
            }

            state.Previous = token;
            state.PreviousEnd = token.End;
        }

        return facts;
    }

    private static void OnIndicator(WalkState state, IndicatorMention mention, string gap, ReportContext report)
    {
        if (state.Previous is IndicatorToken && LinkingText.SeparatesList(gap))
        {
            state.Subjects.Add(mention);
            return;
        }

        var prefix = gap[(gap.LastIndexOfAny(ClauseBreaks) + 1)..];
        // "固定资产投资增长9%,其中地方固定资产投资…" is a part of the total, not the total; but
        // "一般公共预算收入…,其中税收收入…" names an indicator of its own.
        var partOfTotal = prefix.Contains("其中") && state.Subjects.Any(s => s.Codes.Intersect(mention.Codes).Any());
        state.Subjects = [mention];
        state.PairTakesSingleLevel = false;
        state.Foreign = partOfTotal || OwnRegion.IsForeignPrefix(prefix, report);
        state.UntrackedLead = LinkingText.UntrackedItemsBefore(prefix);
    }

    private IEnumerable<Fact> OnValues(WalkState state, ValuesToken values, string gap, FromTo part, FigureContext context)
    {
        // The cheap tests first: most figures have nothing before them to link to.
        if (state.Previous is null || state.Foreign
            || !(LinkingText.Links(gap) || (state.Previous is IndicatorToken && LinkingText.SharesVerbPastUntrackedItem(gap))))
        {
            // The figure belongs to something we do not track; remember its place in the sentence
            // so a later 分别 list still maps onto the right items.
            state.Subjects = [];
            if (values.Items.Count == 1)
            {
                state.Valued.Add(null);
            }

            return [];
        }

        var after = context.Text.Text.Substring(values.End, Math.Min(8, context.Text.Text.Length - values.End));
        var cue = MeasureCues.Read(gap, values.IsPercent, after);
        var assignments = Assign(state, values, gap, cue);
        // A round threshold (突破千亿元) gives way to the exact figure that often follows it.
        var confidence = (state.Previous is IndicatorToken ? 0.9 : 0.85) * (values.Items[0].IsRound ? 0.8 : 1);
        var facts = new List<Fact>();
        foreach (var (quantity, code, evidenceStart, weight) in assignments)
        {
            var fact = MakeFact(quantity, code, cue, gap, part, evidenceStart, values.End, confidence * weight, context);
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    /// <summary>Which indicator each figure of the list belongs to.</summary>
    private List<(Quantity Quantity, string Code, int EvidenceStart, double Weight)> Assign(WalkState state, ValuesToken values, string gap, Cue cue)
    {
        var result = new List<(Quantity, string, int, double)>();
        var items = values.Items;
        var subjects = state.Subjects;
        var slots = subjects.SelectMany(m => m.Codes.Select(c => (Code: c, Mention: m))).ToList();
        var isLevel = !values.IsPercent;
        var each = LinkingText.SaysEach(gap);
        if (items.Count == 1 && subjects.Count == 1 && subjects[0].IsPair)
        {
            var pair = subjects[0];
            // One figure for 城乡居民: a level is the all-residents figure, and so is a growth next to it;
            // a growth alone (城乡居民人均可支配收入增长8%) is each of the two's.
            if (isLevel || state.PairTakesSingleLevel)
            {
                state.PairTakesSingleLevel = true;
                result.Add((items[0], pair.SingleLevelCode ?? pair.Codes[0], pair.Start, 0.85));
            }
            else
            {
                result.AddRange(pair.Codes.Select(c => (items[0], c, pair.Start, 0.8)));
            }

            return result;
        }

        if (items.Count == 1 && !each)
        {
            // 国内生产总值和城乡居民人均收入比2010年翻一番: a pair listed with other items and sharing
            // their one figure is the residents' as a whole, unless 均 gives it to each.
            slots = subjects.SelectMany(m => m is { IsPair: true, SingleLevelCode: { } single } ? [(single, m)] : m.Codes.Select(c => (Code: c, Mention: m))).ToList();
        }

        if (items.Count == 1 && slots.Count >= 1)
        {
            // Several indicators sharing one verb and figure (…均增长10%).
            result.AddRange(slots.Select(s => (items[0], s.Code, s.Mention.Start, slots.Count == 1 ? 1.0 : 0.8)));
            if (slots.Count == 1)
            {
                state.Valued.Add(slots[0].Mention);
            }

            return result;
        }

        if (items.Count > 1 && items.Count == slots.Count)
        {
            result.AddRange(items.Select((q, k) => (q, slots[k].Code, subjects[0].Start, 0.95)));
            return result;
        }

        if (items.Count > 1 && gap.Contains("分别") && slots.Count > 0 && items.Count == state.UntrackedLead + slots.Count)
        {
            // 商品销售和社会消费品零售总额分别增长14%和2.5%: the first figures are the untracked items'.
            var lead = state.UntrackedLead;
            result.AddRange(slots.Select((slot, k) => (items[lead + k], slot.Code, subjects[0].Start, 0.9)));
            return result;
        }

        if (items.Count > 1 && state.Valued.Count >= items.Count)
        {
            // 生产总值1097亿元、…、一般公共预算收入48.6亿元,较2015年分别增长26.8%、…; the same
            // without 分别 (城镇…9422元,农村…2936元,实际增长7.7%和6.8%): a list maps onto the items before it.
            var earlier = state.Valued.Skip(state.Valued.Count - items.Count).ToList();
            for (var k = 0; k < items.Count; k++)
            {
                if (earlier[k] is { Codes.Count: 1 } mention)
                {
                    result.Add((items[k], mention.Codes[0], mention.Start, 0.85));
                }
            }
        }

        return result;
    }

    private Fact? MakeFact(Quantity quantity, string code, Cue cue, string gap, FromTo part, int evidenceStart, int evidenceEnd, double confidence, FigureContext context)
    {
        var indicator = lexicon.ByCode[code];
        var measure = MeasureOf(quantity, indicator, cue);
        if (measure is null)
        {
            return null;
        }

        if (LinkingText.IsStandardSet(context.Text.Text, quantity.End))
        {
            return null;
        }

        var normalized = UnitNormalizer.Normalize(quantity, indicator);
        if (normalized is not { } n)
        {
            return null;
        }

        var (value, high) = (n.Value, n.High);
        if (cue is Cue.Decline or Cue.AverageDecline && measure != Measure.Level)
        {
            (value, high) = (-value, -high);
        }

        var report = context.Report;
        var text = context.Text.Text;
        var section = SectionClassifier.At(context.Layout.Sections, quantity.Start);
        var markers = context.Markers.Value;
        var at = quantity.Start;
        var kind = FactKind.Actual;
        var year = report.ReviewYear;
        int? periodStart = null;
        var planYear = markers.PlanYear(at, report.ReviewYear);
        var sectionKind = section.Kind;
        if (sectionKind is SectionKind.Review or SectionKind.PeriodReview
            && markers.SpeaksOfThisYear(CommaClauseStart(text, context.ClauseStart, at), context.ClauseStart, at, report.ReportYear))
        {
            // 今年全省地区生产总值预期增长6.5% in a news article's review: this year's target.
            sectionKind = SectionKind.Targets;
        }

        switch (sectionKind)
        {
            case SectionKind.Other:
                return null;
            case SectionKind.Review or SectionKind.PeriodReview:
                if (planYear is { } py)
                {
                    (kind, year) = (FactKind.Plan, py);
                    break;
                }

                var timing = ReviewTiming(lexicon.ByCode[code], quantity, measure.Value, gap, part, section, context);
                if (timing is null)
                {
                    return null;
                }

                (kind, year, periodStart) = timing.Value;
                break;
            case SectionKind.Plan:
                kind = FactKind.Plan;
                year = planYear ?? section.PlanEndYear ?? FiveYearPlans.EndYear(FiveYearPlans.Containing(report.ReportYear));
                measure = PlanMeasure(measure.Value, quantity, markers, context.ClauseStart);
                break;
            case SectionKind.Targets or SectionKind.WorkPlan:
                if (planYear is { } planned)
                {
                    (kind, year) = (FactKind.Plan, planned);
                    measure = PlanMeasure(measure.Value, quantity, markers, context.ClauseStart);
                }
                else if (measure == Measure.AvgGrowthPct)
                {
                    return null;
                }
                else
                {
                    (kind, year) = (FactKind.Target, report.ReportYear);
                    if (sectionKind == SectionKind.WorkPlan)
                    {
                        confidence *= 0.65;
                    }
                }

                break;
        }

        var qualifier = quantity.Qualifier;
        if (qualifier == Qualifier.Exact && kind is FactKind.Target or FactKind.Plan && gap.Contains("控制在"))
        {
            qualifier = Qualifier.AtMost;
        }

        // A period that ends in the review year is as unclosed as the year itself.
        var estimate = kind is FactKind.Actual or FactKind.PeriodActual && year == report.ReviewYear
            && (markers.IsEstimate(context.ClauseStart, at) || EstimateScopes.Covers(context.Layout.Estimates, quantity.Start));
        var (rawStart, rawEnd) = context.Text.ToRawSpan(evidenceStart, evidenceEnd);
        return new Fact(
            code, kind, year, measure.Value, value, high, n.Unit, qualifier, estimate,
            Scope: null, PeriodStart: kind == FactKind.PeriodActual ? periodStart : null,
            Evidence: context.Text.Raw[rawStart..rawEnd], rawStart, rawEnd, Math.Round(confidence, 2));
    }

    /// <summary>growth_pct, avg_growth_pct or level, from the unit and the verb; null when neither.</summary>
    private static Measure? MeasureOf(Quantity quantity, IndicatorDefinition indicator, Cue cue)
    {
        if (quantity.IsFlat)
        {
            return indicator.DefaultUnit == "%" && indicator.Code != "cpi" ? null : Measure.GrowthPct;
        }

        if (!quantity.IsPercent)
        {
            return cue == Cue.Delta ? null : Measure.Level;
        }

        // A rate is a level in percent (失业率3.3%); prices speak of growth (涨幅3%).
        if (indicator.Code == "unemployment")
        {
            return cue is Cue.None or Cue.Level ? Measure.Level : null;
        }

        return cue switch
        {
            Cue.AverageGrowth or Cue.AverageDecline => Measure.AvgGrowthPct,
            Cue.Growth or Cue.Decline => Measure.GrowthPct,
            _ when indicator.Code == "cpi" || quantity.IsMultiple => Measure.GrowthPct,
            _ => null,
        };
    }

    /// <summary>
    /// Kind, year and first year of a figure in a review: one year's result (of the review year,
    /// or of the year the words name), or a period's (年均, 比2015年, 累计, 连续五年, a total over a
    /// multi-year review); null when it is neither (由X增加到 with no year for X).
    /// </summary>
    private static (FactKind Kind, int Year, int? PeriodStart)? ReviewTiming(
        IndicatorDefinition indicator, Quantity quantity, Measure measure, string gap, FromTo part, Section section, FigureContext context)
    {
        var markers = context.Markers.Value;
        var report = context.Report;
        var at = quantity.Start;
        var commaClause = CommaClauseStart(context.Text.Text, context.ClauseStart, at);
        var named = markers.NamedYear(commaClause, at) ?? markers.TimeClauseYear(context.ClauseStart, at);
        var namedYear = named is { } n && n <= report.ReviewYear && n > report.ReviewYear - 10 ? named : null;
        var baseYear = markers.PeriodBaseYear(context.ClauseStart, at);
        var periodEnd = namedYear
            ?? (baseYear is null ? section.PlanEndYear ?? markers.NamedPeriodEnd(at) : null)
            ?? report.ReviewYear;
        if (part == FromTo.From)
        {
            // 由"十二五"末的564.34亿元增加到945.42亿元: the first figure is the base year's.
            var fromYear = SentenceMarkers.BaseYearIn(gap)
                ?? (section.Kind == SectionKind.PeriodReview ? periodEnd - 5 : null);
            return fromYear is { } from && measure == Measure.Level ? (FactKind.Actual, from, null) : null;
        }

        if (part == FromTo.To && measure == Measure.Level)
        {
            // ...增加到945.42亿元: the level the period ended at, one year's result.
            return (FactKind.Actual, periodEnd, null);
        }

        if (measure == Measure.AvgGrowthPct)
        {
            return (FactKind.PeriodActual, periodEnd, (baseYear ?? periodEnd - 5) + 1);
        }

        if (measure == Measure.GrowthPct && baseYear is { } b)
        {
            return (FactKind.PeriodActual, periodEnd, b + 1);
        }

        // In a multi-year review, a passage opened by 这五年/五年来 speaks of the whole period until a
        // single year is named: 五年来,…收入分别增长58%和29%; 城镇新增就业5万人 (a total).
        bool InPeriodPassage() => section.Kind == SectionKind.PeriodReview && namedYear is null
            && context.Layout.PeriodPassages.Covers(section.Start, at);
        if (measure == Measure.GrowthPct && section.Kind == SectionKind.PeriodReview && !YearOnYear(gap)
            && (quantity.IsMultiple || InPeriodPassage()))
        {
            return (FactKind.PeriodActual, periodEnd, periodEnd - 4);
        }

        if (measure == Measure.Level && markers.YearsInARow(commaClause, at) is { } years)
        {
            return (FactKind.PeriodActual, periodEnd, periodEnd - years + 1);
        }

        if (measure == Measure.Level
            && (IsPeriodLevel(indicator.Code, quantity.Qualifier, section.Kind, markers, context.ClauseStart, at)
                || (indicator.SumsOverPeriod && InPeriodPassage())))
        {
            return (FactKind.PeriodActual, periodEnd, periodEnd - 4);
        }

        return (FactKind.Actual, namedYear ?? report.ReviewYear, null);
    }

    /// <summary>
    /// A plan's growth is yearly on average (年均, or 增长7% in a plan's list) unless it is counted
    /// from a base year or as a multiple (比2010年翻一番, 比2020年增长50%).
    /// </summary>
    private static Measure PlanMeasure(Measure measure, Quantity quantity, SentenceMarkers markers, int clauseStart) =>
        measure == Measure.GrowthPct && !quantity.IsMultiple && markers.PeriodBaseYear(clauseStart, quantity.Start) is null
            ? Measure.AvgGrowthPct
            : measure;

    /// <summary>同比增长, 比上年增长: one year's growth, whatever the section.</summary>
    private static bool YearOnYear(string gap) =>
        gap.Contains("同比") || gap.Contains("上年") || gap.Contains("去年");

    /// <summary>Whether a level in a review speaks of the whole period (累计, or a rate held for years).</summary>
    private static bool IsPeriodLevel(string code, Qualifier qualifier, SectionKind section, SentenceMarkers markers, int clauseStart, int at)
    {
        if (markers.IsCumulative(at))
        {
            return true;
        }

        // A ceiling held over the years (失业率控制在4%以内) in the multi-year review.
        return code == "unemployment"
            && ((section == SectionKind.PeriodReview && qualifier != Qualifier.Exact) || markers.SpeaksOfDuration(clauseStart, at));
    }

    /// <summary>Where the comma clause holding a position starts (not before the sentence's clause).</summary>
    private static int CommaClauseStart(string text, int clauseStart, int position)
    {
        var comma = text.LastIndexOfAny(ClauseBreaks, Math.Max(clauseStart, position - 1), Math.Max(0, position - clauseStart));
        return comma < clauseStart ? clauseStart : comma + 1;
    }

    private static IEnumerable<Fact> OnRank(WalkState state, RankMention rank, string gap, ReportContext report, NormalizedText text, IReadOnlyList<Section> sections)
    {
        var section = SectionClassifier.At(sections, rank.Start).Kind;
        if (state.Previous is null || state.Foreign || !LinkingText.LinksRankClaim(gap)
            || section is not (SectionKind.Review or SectionKind.PeriodReview)
            || OwnRegion.RankScopeOf(rank.ScopeWord, report) is not { } scope)
        {
            return [];
        }

        var measures = new List<Measure>();
        if (gap.Contains("总量") || gap.Contains("绝对值") || gap.Contains("收入") || gap.Contains("规模") || gap.Contains("总额"))
        {
            measures.Add(Measure.LevelRank);
        }

        if (gap.Contains("增速") || gap.Contains("增幅") || gap.Contains("增长") || gap.Contains("速度"))
        {
            measures.Add(Measure.GrowthRank);
        }

        if (measures.Count == 0 && state.Previous is RankToken)
        {
            // 增幅全省第2、全市第1, 由第10位上升至第8位: the second claim ranks the same measure.
            measures.AddRange(state.LastRankMeasures);
        }

        if (measures.Count == 0)
        {
            // 增长8.5%,全市第一 ranks the growth; a country's place in the world is by size.
            measures.Add(state.Previous is ValuesToken { IsPercent: true } && scope != RankScope.World ? Measure.GrowthRank : Measure.LevelRank);
        }

        // "地区生产总值增长4.0%、固定资产投资增长9.4%,增速均排名全省第三位" ranks both.
        state.LastRankMeasures = measures;
        var subjects = (LinkingText.SaysEach(gap) && state.Valued.Count(v => v is not null) > 1
                ? state.Valued.OfType<IndicatorMention>().Distinct()
                : state.Subjects)
            .Where(s => !s.IsPair)
            .ToList();
        var codes = subjects.Select(s => s.Codes[0]).ToList();
        var listed = state.Subjects.SelectMany(s => s.Codes).ToList();
        if (rank.ListCount > 1 && listed.Count == rank.ListCount)
        {
            // 城乡居民收入…分别排名全市第7和第4: the ranks map onto the items in order.
            (codes, subjects) = ([listed[rank.ListIndex]], state.Subjects);
        }

        if (codes.Count == 0)
        {
            return [];
        }

        var (rawStart, rawEnd) = text.ToRawSpan(subjects[0].Start, rank.End);
        return codes.SelectMany(code => measures.Select(m => new Fact(
            code, FactKind.Rank, rank.Year ?? (rank.OfYearBefore ? report.ReviewYear - 1 : report.ReviewYear), m, rank.Rank, null, null, Qualifier.Exact, false,
            scope, null, text.Raw[rawStart..rawEnd], rawStart, rawEnd, 0.85)));
    }

    /// <summary>The sentence's words before its first clause break or first token.</summary>
    private static string OpeningClause(string text, int start, int firstToken)
    {
        // A subject comes first: a short look at the sentence's start is enough.
        var opening = text[start..Math.Min(firstToken, start + 40)];
        var stop = opening.IndexOfAny(OpeningClauseBreaks);
        return stop < 0 ? opening : opening[..stop];
    }

    /// <summary>Which part of "由A增加到B" a figure is: A is the base year's level, B the end year's.</summary>
    private enum FromTo
    {
        None,
        From,
        To,
    }

    /// <summary>"由A增加到B": A is the base year's level, B this year's.</summary>
    private static bool IsFromTo(string gap, string nextGap) =>
        (gap.Contains('由') || gap.Contains('从')) && (nextGap.Contains('到') || nextGap.Contains('至'));

    /// <summary>Where a figure stands: which report, section and sentence.</summary>
    private sealed record FigureContext(
        ReportContext Report,
        NormalizedText Text,
        ReportLayout Layout,
        TextSpan Sentence,
        int ClauseStart,
        Lazy<SentenceMarkers> Markers);

    /// <summary>The walk's memory within one sentence (reset at each semicolon).</summary>
    private sealed class WalkState(int clauseStart)
    {
        public int ClauseStart { get; } = clauseStart;

        public int PreviousEnd { get; set; } = clauseStart;

        public Token? Previous { get; set; }

        public FromTo PreviousPart { get; set; }

        public List<IndicatorMention> Subjects { get; set; } = [];

        public bool Foreign { get; set; }

        public bool PairTakesSingleLevel { get; set; }

        /// <summary>Items we do not track listed before the subject (商品销售和社会消费品零售总额: one).</summary>
        public int UntrackedLead { get; set; }

        public IReadOnlyList<Measure> LastRankMeasures { get; set; } = [];

        /// <summary>Subjects that took one figure each, in order (null for an untracked item).</summary>
        public List<IndicatorMention?> Valued { get; } = [];
    }
}
