using System.Buffers;

namespace Warehouse.Extraction.Reading;

/// <summary>A sentence [Start, End) of the normalised text.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>
/// Splits normalised text into sentences at 。!? and line ends: a 预计 or a list with 分别 never
/// reaches beyond its sentence.
/// </summary>
public static class SentenceSplitter
{
    // Normalisation has folded ！ and ？ to ASCII. Four characters are searched for by a plain
    // vectorised compare; six took a slower, probabilistic path.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。!?\n");

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        int stop;
        while ((stop = text.AsSpan(start).IndexOfAny(SentenceEnds)) >= 0)
        {
            var end = start + stop + 1;
            Add(sentences, start, end, text);
            start = end;
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
