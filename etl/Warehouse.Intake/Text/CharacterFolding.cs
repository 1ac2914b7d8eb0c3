using System.Globalization;

namespace Warehouse.Text;

/// <summary>
/// Normalisation step: one character at a time, and without changing lengths where it can
/// be helped. Full-width ASCII forms (０-９, Ａ-Ｚ, ％, ．, ，, （…) and other scripts' digits (٣) become ASCII, odd spaces become
/// a space, ℅ typed for % becomes %, zero-width characters and stray carriage returns go, CJK compatibility ideographs
/// become their unified forms. (NFKC would also fold Ⅲ, ①, ㎡ and change lengths: not wanted.)
/// </summary>
internal sealed class CharacterFolding(IReadOnlyDictionary<string, string> compatibility)
{
    /// <summary>Marks a code unit that is not folded one for one (dropped, or looked up as a compatibility ideograph).</summary>
    private const char NotOneForOne = '\uFFFF';

    /// <summary>
    /// Per UTF-16 code unit: what it becomes when one character becomes one (most stay themselves),
    /// or <see cref="NotOneForOne"/>. A table rather than a switch: every character of every report
    /// is looked up here. (U+FFFF, a noncharacter, stays itself.)
    /// </summary>
    private static readonly char[] OneForOne = BuildTable();

    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        var unchangedFrom = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            var folded = OneForOne[c];
            if (folded == c)
            {
                continue;
            }

            // Most characters stay as they are: they are copied in runs, up to the next one that changes.
            output.AppendUnchanged(input, unchangedFrom, i);
            unchangedFrom = i + 1;
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\r':
                    if (i + 1 >= input.Length || input[i + 1] != '\n')
                    {
                        output.Append('\n', i);
                    }

                    break;
                case >= '\uF900' and <= '\uFAFF':
                    if (compatibility.TryGetValue(c.ToString(), out var unified))
                    {
                        output.Append(unified, i, 1);
                    }
                    else
                    {
                        output.Append(c, i);
                    }

                    break;
                default:
                    output.Append(folded, i);
                    break;
            }
        }

        output.AppendUnchanged(input, unchangedFrom, input.Length);
        return output.Build(input.Length);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\t' or '\v' or '\f' => ' ',
                // ℅ (care of) stands for % on some pages: 增长15℅.
                '\u2105' => '%',
                '\u2028' or '\u2029' or '\u0085' => '\n',
                // Digits of other scripts (٣, ३) are read as the digits they are: the extractor reads ASCII digits.
                _ when c > '9' && char.IsDigit(c) => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\r' or (>= '\uF900' and <= '\uFAFF') => NotOneForOne,
                _ => c,
            };
        }

        return table;
    }
}
