namespace Warehouse.Text;

/// <summary>
/// Normalisation step: one character at a time, and without changing lengths where it can
/// be helped. Full-width ASCII forms (０-９, Ａ-Ｚ, ％, ．, ，, （…) become ASCII, odd spaces become
/// a space, ℅ typed for % becomes %, zero-width characters and stray carriage returns go, CJK compatibility ideographs
/// become their unified forms. (NFKC would also fold Ⅲ, ①, ㎡ and change lengths: not wanted.)
/// </summary>
internal sealed class CharacterFolding(IReadOnlyDictionary<string, string> compatibility)
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            // No case below touches the unified ideographs, most of any report: copy them in runs.
            var ideographs = input.AsSpan(i).IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
            var runEnd = ideographs < 0 ? input.Length : i + ideographs;
            if (runEnd > i)
            {
                output.AppendUnchanged(input, i, runEnd);
                i = runEnd - 1;
                continue;
            }

            var c = input[i];
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    output.Append((char)(c - 0xFEE0), i);
                    break;
                case '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\t' or '\v' or '\f':
                    output.Append(' ', i);
                    break;
                case '\u2105':
                    // ℅ (care of) stands for % on some pages: 增长15℅.
                    output.Append('%', i);
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\r':
                    if (i + 1 >= input.Length || input[i + 1] != '\n')
                    {
                        output.Append('\n', i);
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    output.Append('\n', i);
                    break;
                case >= '\uF900' and <= '\uFAFF' when compatibility.TryGetValue(c.ToString(), out var unified):
                    output.Append(unified, i, 1);
                    break;
                default:
                    output.Append(c, i);
                    break;
            }
        }

        return output.Build(input.Length);
    }
}
