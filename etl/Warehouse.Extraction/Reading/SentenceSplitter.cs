namespace Warehouse.Extraction.Reading;

/// <summary>A sentence [Start, End) of the normalised text.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>
/// Splits normalised text into sentences at 。！？ and line ends: a 预计 or a list with 分别 never
/// reaches beyond its sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '!' or '?' or '\n')
            {
                Add(sentences, start, i + 1, text);
                start = i + 1;
            }
        }

        Add(sentences, start, text.Length, text);
        return sentences;
    }

    private static void Add(List<TextSpan> sentences, int start, int end, string text)
    {
        if (end > start && !text.AsSpan(start, end - start).IsWhiteSpace())
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
