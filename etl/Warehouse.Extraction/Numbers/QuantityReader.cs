using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Extraction.Numbers;

/// <summary>
/// Finds every number-with-unit in a span of normalised text in one left-to-right regex scan.
/// Numbers without a unit (years, counts of projects, ranks) are not quantities.
/// </summary>
public static partial class QuantityReader
{
    // Each pattern starts with a narrow set of characters (a digit, a numeral before 万/亿, 持平,
    // 两位数) so the engine skips ahead with a vectorised search; one pattern with all of them as
    // alternatives runs several times slower. The words before a number (近, 突破, 不超过…) are
    // read by looking back from the match. No nested quantifiers: linear time. Digits are ASCII
    // (normalisation folds full-width ones): \d would take any script's digits, which double.Parse
    // does not read.
    private const string Decimal = @"[0-9]+(?:\.[0-9]+)?";

    private const string UnitAndQualifier =
        @"(?:(?<u1>%)?(?:-|~|～|—|－|至|到)(?<n2>" + Decimal + "))?" +
        @"(?<unit>个百分点|万亿元|亿元|万元|元|万亿美元|亿美元|万美元|美元|亿吨|万吨|吨|万亿斤|亿斤|万斤|万人次|人次|万人|人|%|倍)" +
        @"(?<post>左右|以上|以内|以下|上下)?";

    [GeneratedRegex(@"(?<n1>" + Decimal + ")" + UnitAndQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<cn>[一二两三四五六七八九十])(?=万|亿|倍)" + UnitAndQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex NumeralPattern();

    // 超万亿斤, 突破千亿元: a round amount written with its scale word alone, after a bounding word.
    [GeneratedRegex(@"(?<bareword>超过|超|突破|逾|近)(?<bare>[百千]?)(?=万亿|亿)" + UnitAndQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex BareScalePattern();

    [GeneratedRegex(@"(?<flat>(?:与上年|与去年|同比|基本)持平)|(?<twodigits>两位数)|翻(?<doublings>一|两|三)?番", RegexOptions.CultureInvariant)]
    private static partial Regex WordsPattern();

    /// <summary>Units that are never an indicator's value: shares, visits.</summary>
    private static readonly HashSet<string> IgnoredUnits = ["个百分点", "万人次", "人次"];

    /// <summary>Verbs that make a multiple a growth: 增长1.7倍 is a growth of 170%; 是上年的1.7倍 is none.</summary>
    private static readonly string[] GrowthVerbs = ["增长了", "增加了", "提高了", "增长", "增加", "提高"];

    private static bool IsMilestone(string text, int stop)
    {
        var after = text.AsSpan(stop, Math.Min(4, text.Length - stop));
        return after.StartsWith("台阶") || after.StartsWith("大关") || after.StartsWith("大台阶") || after.StartsWith("新台阶");
    }

    /// <summary>
    /// Each pattern with characters every match of it holds: most sentences lack them for most
    /// patterns, which then are not run at all.
    /// </summary>
    private static readonly (Regex Pattern, SearchValues<char> Required, GroupNumbers Groups)[] Patterns =
    [
        (NumberPattern(), SearchValues.Create("0123456789"), GroupNumbers.Of(NumberPattern())),
        (NumeralPattern(), SearchValues.Create("万亿倍"), GroupNumbers.Of(NumeralPattern())),
        (BareScalePattern(), SearchValues.Create("亿"), GroupNumbers.Of(BareScalePattern())),
        (WordsPattern(), SearchValues.Create("平数番"), GroupNumbers.Of(WordsPattern())),
    ];

    /// <summary>
    /// A pattern's named groups by number (-1, an unsuccessful group, where it has none): a lookup
    /// by name hashes the name, several times for every figure of every report.
    /// </summary>
    private sealed record GroupNumbers(int Flat, int Doublings, int TwoDigits, int N1, int U1, int N2, int Unit, int Post, int Cn, int BareWord, int Bare)
    {
        public static GroupNumbers Of(Regex pattern) => new(
            pattern.GroupNumberFromName("flat"),
            pattern.GroupNumberFromName("doublings"),
            pattern.GroupNumberFromName("twodigits"),
            pattern.GroupNumberFromName("n1"),
            pattern.GroupNumberFromName("u1"),
            pattern.GroupNumberFromName("n2"),
            pattern.GroupNumberFromName("unit"),
            pattern.GroupNumberFromName("post"),
            pattern.GroupNumberFromName("cn"),
            pattern.GroupNumberFromName("bareword"),
            pattern.GroupNumberFromName("bare"));
    }

    public static IReadOnlyList<Quantity> FindAll(string text, int start, int end)
    {
        var found = new List<Quantity>();
        foreach (var (pattern, required, groups) in Patterns)
        {
            if (!text.AsSpan(start, end - start).ContainsAny(required))
            {
                continue;
            }

            for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (Read(match, groups, text) is { } quantity)
                {
                    found.Add(quantity);
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static Quantity? Read(Match match, GroupNumbers groups, string text)
    {
        if (match.Groups[groups.Flat].Success)
        {
            return new Quantity(match.Index, match.Index + match.Length, 0, null, "%", Qualifier.About, IsFlat: true);
        }

        if (match.Groups[groups.Doublings] is { } doublings && match.Value.StartsWith('翻'))
        {
            // 翻一番 doubles (a growth of 100%), 翻两番 quadruples (300%).
            var times = doublings.Success ? ChineseNumerals.Parse(doublings.Value) ?? 1 : 1;
            return new Quantity(match.Index, match.Index + match.Length, (Math.Pow(2, times) - 1) * 100, null, "%", Qualifier.Exact, IsFlat: false) { IsMultiple = true };
        }

        if (match.Groups[groups.TwoDigits].Success)
        {
            // 两位数 (double digits) is a growth of at least 10%.
            return new Quantity(match.Index, match.Index + match.Length, 10, null, "%", Qualifier.AtLeast, IsFlat: false);
        }

        // The tail of a longer number is no number of its own, nor is one written partly in another script's digits (٣5%).
        var numberStart = match.Index;
        if (numberStart > 0 && (char.IsDigit(text[numberStart - 1]) || text[numberStart - 1] == '.'))
        {
            return null;
        }

        // 跨过400亿元台阶 is a milestone passed, not the figure itself.
        var stop = match.Index + match.Length;
        if (IsMilestone(text, stop))
        {
            return null;
        }

        var unit = match.Groups[groups.Unit].Value;
        if (IgnoredUnits.Contains(unit))
        {
            return null;
        }

        var bare = match.Groups[groups.Bare];
        var value = match.Groups[groups.N1].Success ? ParseDecimal(match.Groups[groups.N1].ValueSpan)
            : bare.Success ? bare.Value switch { "百" => 100, "千" => 1000, _ => 1 }
            : ChineseNumerals.Parse(match.Groups[groups.Cn].Value) ?? 0;
        double? high = match.Groups[groups.N2].Success ? ParseDecimal(match.Groups[groups.N2].ValueSpan) : null;
        if (match.Groups[groups.U1].Success && unit != "%")
        {
            return null;
        }

        var isMultiple = unit == "倍";
        if (isMultiple)
        {
            if (high is not null || !GrowthVerbs.Any(verb => text.AsSpan(0, match.Index).EndsWith(verb, StringComparison.Ordinal)))
            {
                return null;
            }

            (value, unit) = (Math.Round(value * 100, 8), "%");
        }

        var prefix = bare.Success ? "" : QualifierWords.PrefixBefore(text, match.Index);
        var qualifier = QualifierWords.FromSuffix(match.Groups[groups.Post].Value)
            ?? QualifierWords.FromPrefix(bare.Success ? match.Groups[groups.BareWord].Value : prefix)
            ?? Qualifier.Exact;
        return new Quantity(match.Index - prefix.Length, match.Index + match.Length, value, high, unit, qualifier, IsFlat: false) { IsMultiple = isMultiple, IsRound = bare.Success };
    }

    private static double ParseDecimal(ReadOnlySpan<char> digits) => double.Parse(digits, CultureInfo.InvariantCulture);
}
