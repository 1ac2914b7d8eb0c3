using System.Collections.Frozen;

namespace Warehouse.Extraction.Lexicon;

/// <summary>
/// Finds indicator names in normalised text: leftmost-longest match over every wording of the
/// lexicon, so a look-alike (工业投资, 人均地区生产总值) swallows the indicator it contains.
/// </summary>
public sealed class IndicatorMatcher
{
    /// <summary>
    /// Per first two characters: the entries of two or more characters starting with them, longest
    /// first. Most places that start some wording start none with the character after it, and one
    /// lookup tells. Frozen: read-only lookups by integer take half the time of a Dictionary's.
    /// </summary>
    private readonly FrozenDictionary<int, Entry[]> _byFirstTwoChars;

    /// <summary>The entries of one character, by that character.</summary>
    private readonly FrozenDictionary<char, Entry[]> _oneCharacter;

    /// <summary>
    /// Per UTF-16 code unit: whether a wording starts with it. A table, not a SearchValues: many
    /// common characters start some wording, so a search stops every few characters, and a lookup
    /// per character costs less than starting a vectorised search again each time.
    /// </summary>
    private readonly bool[] _startsWording = new bool[char.MaxValue + 1];

    public IndicatorMatcher(IndicatorLexicon lexicon)
    {
        var entries = new List<Entry>();
        foreach (var indicator in lexicon.Indicators)
        {
            entries.AddRange(indicator.Wordings.Select(w => ContextualEntry(w, [indicator.Code])));
            entries.AddRange(indicator.LookAlikes.Select(w => new Entry(w, [], null)));
        }

        entries.AddRange(lexicon.Pairs.Select(p => new Entry(p.Wording, [p.First, p.Second], p.SingleLevelCode)));
        _byFirstTwoChars = entries.Where(e => e.Wording.Length >= 2)
            .GroupBy(e => FirstTwo(e.Wording[0], e.Wording[1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Wording.Length).ToArray());
        _oneCharacter = entries.Where(e => e.Wording.Length == 1)
            .GroupBy(e => e.Wording[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        foreach (var entry in entries)
        {
            _startsWording[entry.Wording[0]] = true;
        }
    }

    /// <summary>How far before a contextual wording its context word may stand.</summary>
    private const int ContextReach = 24;

    private static Entry ContextualEntry(string wording, string[] codes)
    {
        if (wording.StartsWith('^'))
        {
            return new Entry(wording[1..], codes, null) { AtClauseStart = true };
        }

        var split = wording.IndexOf('…');
        return split < 0
            ? new Entry(wording, codes, null)
            : new Entry(wording[(split + 1)..], codes, null, wording[..split]);
    }

    /// <summary>
    /// What may stand right before a wording that must open its clause (^出口, ^经济): punctuation, a
    /// bullet, 其中 or a time word, or the region itself (全省, 我市, 全国).
    /// </summary>
    private static bool OpensClause(string text, int position)
    {
        if (position == 0 || char.IsWhiteSpace(text[position - 1]) || ClauseOpeners.Contains(text[position - 1]))
        {
            return true;
        }

        return position >= 2
            && (OpeningWords.Any(word => string.CompareOrdinal(text, position - 2, word, 0, 2) == 0)
                || (text[position - 2] is '全' or '我' or '本' && text[position - 1] is '国' or '省' or '市' or '县' or '区' or '州' or '旗' or '盟'));
    }

    /// <summary>Words after which a clause still begins: 其中, and time words (今年经济增长…, “十三五”时期经济…).</summary>
    private static readonly string[] OpeningWords = ["其中", "今年", "去年", "全年", "时期", "期间"];

    private static readonly HashSet<char> ClauseOpeners = [.. ",，;；:：、。！？!?(（“\"◆◇●○•·▪■★-—"];

    public IReadOnlyList<IndicatorMention> FindAll(string text, int start, int end)
    {
        // Most sentences name no indicator: they get the empty list, not one of their own.
        List<IndicatorMention>? mentions = null;
        var i = start;
        while (i < end)
        {
            if (!_startsWording[text[i]])
            {
                i++;
                continue;
            }

            var entry = LongestAt(text, i, end);
            if (entry is null)
            {
                i++;
                continue;
            }

            if (entry.Codes.Length > 0)
            {
                (mentions ??= []).Add(new IndicatorMention(i, i + entry.Wording.Length, entry.Codes, entry.SingleLevelCode));
            }

            i += entry.Wording.Length;
        }

        return mentions ?? [];
    }

    private Entry? LongestAt(string text, int position, int end)
    {
        var longer = position + 1 < end && _byFirstTwoChars.TryGetValue(FirstTwo(text[position], text[position + 1]), out var candidates)
            ? LongestOf(candidates, text, position, end)
            : null;
        return longer ?? (_oneCharacter.TryGetValue(text[position], out var single) ? LongestOf(single, text, position, end) : null);
    }

    private static Entry? LongestOf(Entry[] candidates, string text, int position, int end)
    {
        foreach (var candidate in candidates)
        {
            if (position + candidate.Wording.Length <= end
                && text.AsSpan(position, candidate.Wording.Length).SequenceEqual(candidate.Wording)
                && (candidate.Context is null || HasContext(text, position, candidate.Context))
                && (!candidate.AtClauseStart || OpensClause(text, position)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int FirstTwo(char first, char second) => (first << 16) | second;

    private static bool HasContext(string text, int position, string context)
    {
        var from = Math.Max(0, position - ContextReach);
        return text.AsSpan(from, position - from).Contains(context, StringComparison.Ordinal);
    }

    /// <summary>
    /// A wording and what it names (no codes for a look-alike), valid only after Context when set,
    /// and only where a clause begins when AtClauseStart (a short wording like 出口 that other
    /// nouns narrow: 农产品出口, “新三样”出口).
    /// </summary>
    private sealed record Entry(string Wording, string[] Codes, string? SingleLevelCode, string? Context = null)
    {
        public bool AtClauseStart { get; init; }
    }
}
