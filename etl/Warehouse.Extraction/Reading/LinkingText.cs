using System.Buffers;
using System.Text.RegularExpressions;
using Warehouse.Extraction.Lexicon;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Decides whether the words between an indicator and a figure keep them together. Only verbs,
/// connectives, scope words, years and short asides may stand between them: any other noun
/// (农林牧渔业总产值, 占…比重, 工业投资) means the figure belongs to something else. Also reads the
/// words that change how a figure is shared out: 均 (each), untracked items before a list, and a
/// figure set as a standard (…作为扶贫标准).
/// </summary>
public static partial class LinkingText
{
    private static readonly List<string> LinkingWords = [.. LexiconResources.Lines("linking_words.txt")];

    /// <summary>The linking words by their first character, longest first.</summary>
    private static readonly Dictionary<char, string[]> LinkingWordsByFirstChar = LinkingWords
        .GroupBy(word => word[0])
        .ToDictionary(group => group.Key, group => group.OrderByDescending(word => word.Length).ToArray());

    /// <summary>
    /// Shapes that may hold any character: short asides in brackets, milestones passed on the way
    /// (迈上100亿元台阶) and sources (根据第四次经济普查结果).
    /// </summary>
    private const string OpenShapes =
        @"\([^()]{0,12}\)|（[^（）]{0,12}）" +
        @"|(?:跨过|跨越|迈上|迈过|站上|突破|登上|超过)[^,，;；。]{0,8}?(?:台阶|大关)" +
        @"|根据[^,，;；。\d]{0,14}?(?:结果|数据|口径)";

    /// <summary>
    /// Shapes made of the characters written in them, spaces and digits: punctuation, years
    /// (2020年末), multiples, plan names (“十三五”末), 连续N年 and round milestones (突破千亿元).
    /// </summary>
    private const string ClosedShapes =
        @"\s|[、,，:：“”""'‘’]|\d{4}年(?:末|底|的)?|[\d.]+倍" +
        @"|“?" + FiveYearPlans.NamePattern + @"”?(?:末|时期|期间)?" +
        @"|连续(?:[二三四五六七八九十]|\d{1,2})年" +
        @"|(?:突破|跨越|迈上|站上|超过)[百千万]?亿元?";

    /// <summary>
    /// The linking words of Lexicon/linking_words.txt in ordinal order: words with the same first
    /// characters stand side by side and the engine merges them into one branch (同比|同口径 →
    /// 同(?:比|口径)), fewer branches to try at each character.
    /// </summary>
    private static readonly string Words = string.Join('|', LinkingWords.Order(StringComparer.Ordinal).Select(Regex.Escape));

    /// <summary>
    /// The linking words plus what is recognised by its shape. The order of the alternatives
    /// cannot change the answer: the pattern is anchored at both ends.
    /// </summary>
    private static readonly Regex LinkingPattern = new(
        "^(?:" + ClosedShapes + "|" + OpenShapes + "|" + Words + ")*$",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(OpenShapes, RegexOptions.CultureInvariant)]
    private static partial Regex OpenShapePattern();

    /// <summary>
    /// Every character that the linking words and the closed shapes can hold (a superset: the
    /// patterns' own syntax is in it too). A gap holding any other character is linked only
    /// through an open shape.
    /// </summary>
    private static readonly SearchValues<char> ClosedCharacters = SearchValues.Create(
        ClosedShapes.Concat(Words)
            .Concat(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || char.IsDigit(c)))
            .Distinct()
            .ToArray());

    [GeneratedRegex(@"^\s*(?:[、,，和及与]|以及)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparatorPattern();

    /// <summary>Whether a figure after these words still belongs to the indicator before them.</summary>
    public static bool Links(string gap) => gap.Length == 0 || (gap.Length <= 40 && (IsLinkingWordsOnly(gap) || (MayLink(gap) && LinkingPattern.IsMatch(gap))));

    /// <summary>
    /// False when the linking pattern cannot match: the gap holds a character that neither a
    /// linking word nor a closed shape can, and no open shape. Most gaps that are not linking
    /// words alone hold another noun (比重达, ,农村劳动力转移就业), and the pattern, tried with
    /// every word at every character, costs far more than this test.
    /// </summary>
    private static bool MayLink(string gap) => !gap.AsSpan().ContainsAnyExcept(ClosedCharacters) || OpenShapePattern().IsMatch(gap);

    /// <summary>
    /// Whether the words are linking words, spaces and commas alone (增长, 同比增长, ,年均增长), as
    /// most are: each is one of the pattern's alternatives, so the pattern would match too, and a
    /// walk over the words tells without it. Whatever else stands there goes to the pattern.
    /// </summary>
    private static bool IsLinkingWordsOnly(string gap)
    {
        // reachable[i]: the words before position i split into linking words and separators.
        Span<bool> reachable = stackalloc bool[gap.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < gap.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            if (gap[i] is ' ' or '\n' or '、' or ',' or '，' or ':' or '：')
            {
                reachable[i + 1] = true;
            }

            if (LinkingWordsByFirstChar.TryGetValue(gap[i], out var words))
            {
                foreach (var word in words)
                {
                    if (gap.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
                    {
                        reachable[i + word.Length] = true;
                    }
                }
            }
        }

        return reachable[gap.Length];
    }

    /// <summary>
    /// "进出口总额、实际利用外资、内联引资年均增长均在10%以上": a last list item we do not track, then
    /// a verb all items share (均). The figure still belongs to the tracked items.
    /// </summary>
    public static bool SharesVerbPastUntrackedItem(string gap)
    {
        if (gap.Length < 3 || gap[0] is not ('、' or '和' or '及' or '与') || !gap.Contains('均'))
        {
            return false;
        }

        for (var itemLength = 1; itemLength <= 12 && 1 + itemLength < gap.Length; itemLength++)
        {
            var item = gap.AsSpan(1, itemLength);
            if (item.ContainsAny(",，;；。、") || item.ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            var rest = gap[(1 + itemLength)..];
            if (rest.Contains('均') && Links(rest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a rank claim after these words still belongs to the figure or indicator before them.
    /// Beyond <see cref="Links"/>, a claim may share its verb with short measures we do not track
    /// (增速、税比居全市第一位), and may follow its figure past clauses without figures when it names
    /// its measure again (增长10.8%,超额完成市定目标任务,绝对值和增速领跑全市).
    /// </summary>
    public static bool LinksRankClaim(string gap)
    {
        if (Links(gap) || Links(UntrackedMeasuresPattern().Replace(gap, "$1")))
        {
            return true;
        }

        var clauses = gap.Split([',', '，']);
        return gap.Length <= 40
            && clauses.Length >= 3
            && Links(clauses[0])
            && clauses[1..^1].All(IsCommentWithoutFigures)
            && RenamedMeasurePattern().IsMatch(clauses[^1])
            && Links(clauses[^1]);
    }

    [GeneratedRegex(@"(增速|增幅|总量|绝对值|规模)(?:、[^\d,，;；。、]{1,4})+(?=均|居|位居|位列|排名|排|稳居|跃居)", RegexOptions.CultureInvariant)]
    private static partial Regex UntrackedMeasuresPattern();

    [GeneratedRegex(@"^(?:总量|绝对值|增速|增幅|规模)", RegexOptions.CultureInvariant)]
    private static partial Regex RenamedMeasurePattern();

    /// <summary>高于全省平均水平, 超额完成目标任务: a remark on the figure, not a figure of something else.</summary>
    private static bool IsCommentWithoutFigures(string clause) =>
        clause.Length <= 16 && !clause.AsSpan().ContainsAnyInRange('0', '9') && !OtherQuantityPattern().IsMatch(clause);

    [GeneratedRegex("收入|投资|总额|总值|产值|增加值|消费|出口|进口|外资|税收|利润|产量|人数|面积", RegexOptions.CultureInvariant)]
    private static partial Regex OtherQuantityPattern();

    [GeneratedRegex(@"^[^\d,，;；:：。]{1,8}?(?:[、和及与][^\d,，;；:：。、和及与]{1,8}?)*[、和及与]$", RegexOptions.CultureInvariant)]
    private static partial Regex UntrackedListPattern();

    /// <summary>
    /// How many items we do not track are listed right before a subject ("商品销售和" before
    /// 社会消费品零售总额: one), so that a 分别 list of figures can skip theirs.
    /// </summary>
    public static int UntrackedItemsBefore(string prefix) =>
        UntrackedListPattern().IsMatch(prefix) ? prefix.Count(c => c is '、' or '和' or '及' or '与') : 0;

    [GeneratedRegex(@"^(?:[(（][^()（）]{0,16}[)）])?(?:作为|的标准|为标准)", RegexOptions.CultureInvariant)]
    private static partial Regex StandardPattern();

    /// <summary>"将农民人均纯收入2300元作为扶贫标准": a figure set as a standard is no result of the region's.</summary>
    public static bool IsStandardSet(string text, int figureEnd) =>
        StandardPattern().IsMatch(text.AsSpan(figureEnd, Math.Min(24, text.Length - figureEnd)));

    [GeneratedRegex(@"(?<![年平])均|都", RegexOptions.CultureInvariant)]
    private static partial Regex EachPattern();

    /// <summary>均 or 都 (each of the items), not 年均 or 平均 (on average).</summary>
    public static bool SaysEach(string gap) => EachPattern().IsMatch(gap);

    /// <summary>Whether these words only separate items of a list (、 和 及 与).</summary>
    public static bool SeparatesList(string gap) => ListSeparatorPattern().IsMatch(gap);
}
