namespace Warehouse.Text;

/// <summary>
/// Normalisation step: reading aids some web pages put after characters, which split words for
/// any reader of the text: a pinyin syllable with its tone mark (實(shí)現(xiàn), 大(dà)会) or the
/// simplified form of a traditional character (實(实)). The parenthesis goes; the character stays.
/// A parenthesis that is anything else (a Latin abbreviation, a figure, a word) is kept.
/// </summary>
internal sealed class ReadingGlosses(IReadOnlyDictionary<string, string> traditionalToSimplified)
{
    /// <summary>The longest pinyin syllable (zhuang, shuang) is six letters.</summary>
    private const int LongestSyllable = 6;

    private const string TonedVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /// <summary>The text without its glosses, or null when it has none.</summary>
    public MappedText? Apply(string input)
    {
        var first = input.IndexOf('(');
        while (first >= 0 && !IsGlossAt(input, first))
        {
            first = input.IndexOf('(', first + 1);
        }

        if (first < 0)
        {
            return null;
        }

        var output = new MappedTextBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            if (IsGlossAt(input, i))
            {
                i = input.IndexOf(')', i) + 1;
                continue;
            }

            output.Append(input[i], i);
            i++;
        }

        return output.Build(input.Length);
    }

    /// <summary>Whether a gloss "(…)" after an ideograph starts at <paramref name="open"/>.</summary>
    private bool IsGlossAt(string input, int open)
    {
        if (input[open] != '(' || open == 0 || !IsIdeograph(input[open - 1]))
        {
            return false;
        }

        var limit = Math.Min(input.Length, open + LongestSyllable + 2);
        var close = input.IndexOf(')', open + 1, limit - open - 1);
        if (close < 0)
        {
            return false;
        }

        var inside = input.AsSpan(open + 1, close - open - 1);
        return IsTonedSyllable(inside) || IsSimplifiedFormOf(input[open - 1], inside);
    }

    private static bool IsTonedSyllable(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.IndexOfAny(TonedVowels) < 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && c != 'ü' && !TonedVowels.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsSimplifiedFormOf(char traditional, ReadOnlySpan<char> inside) =>
        inside.Length == 1
        && inside[0] != traditional
        && traditionalToSimplified.TryGetValue(traditional.ToString(), out var simplified)
        && simplified.Length == 1
        && simplified[0] == inside[0];

    private static bool IsIdeograph(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
