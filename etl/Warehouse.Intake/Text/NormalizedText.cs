namespace Warehouse.Text;

/// <summary>
/// Report text after normalisation (HTML stripped, traditional → simplified, full-width → ASCII,
/// line-break debris removed), with a map back to the raw text so every fact stays grounded in
/// the exact characters it came from.
/// </summary>
/// <param name="Raw">The raw text of the report as decoded from its file.</param>
/// <param name="Text">The normalised text the extractor reads.</param>
/// <param name="RawIndex">
/// For each index i in <paramref name="Text"/> (and one past its end), the index in
/// <paramref name="Raw"/> that character came from. Length is Text.Length + 1. Never decreases.
/// </param>
public sealed record NormalizedText(string Raw, string Text, int[] RawIndex)
{
    /// <summary>Maps a span [start, end) of <see cref="Text"/> to the raw span it came from.</summary>
    public (int Start, int End) ToRawSpan(int start, int end)
    {
        var rawStart = RawIndex[start];
        if (end <= start)
        {
            return (rawStart, rawStart);
        }

        // The last character's raw source may be longer than one UTF-16 unit (a surrogate pair, a
        // phrase that converted to fewer characters): take the raw characters up to where the next
        // normalised character starts, but not the whitespace debris the normaliser dropped there.
        var rawEnd = RawIndex[end - 1] + 1;
        var nextStart = RawIndex[end];
        while (rawEnd < nextStart && rawEnd < Raw.Length && !IsDroppedSeparator(Raw[rawEnd]))
        {
            rawEnd++;
        }

        if (rawEnd < Raw.Length && char.IsLowSurrogate(Raw[rawEnd]) && char.IsHighSurrogate(Raw[rawEnd - 1]))
        {
            rawEnd++;
        }

        return (rawStart, Math.Max(rawStart, rawEnd));
    }

    /// <summary>The raw characters behind a span of the normalised text.</summary>
    public string RawSlice(int start, int end)
    {
        var (rawStart, rawEnd) = ToRawSpan(start, end);
        return Raw[rawStart..rawEnd];
    }

    /// <summary>
    /// The part [start, end) of this text as a text of its own: its Raw is the raw span behind
    /// it and its RawIndex counts from that span's start.
    /// </summary>
    public NormalizedText Slice(int start, int end)
    {
        var (rawStart, rawEnd) = ToRawSpan(start, end);
        if (start == 0 && end == Text.Length && rawStart == 0 && rawEnd == Raw.Length && RawIndex[^1] == Raw.Length)
        {
            // The whole of a one-report file: the same text, without copying it.
            return this;
        }

        var index = GC.AllocateUninitializedArray<int>(end - start + 1);
        for (var i = 0; i < end - start; i++)
        {
            index[i] = RawIndex[start + i] - rawStart;
        }

        index[end - start] = rawEnd - rawStart;
        return new NormalizedText(Raw[rawStart..rawEnd], Text[start..end], index);
    }

    /// <summary>
    /// This text without the given spans of <see cref="Text"/> (page furniture inside a report):
    /// Raw stays whole, so what is left still maps to its raw characters.
    /// </summary>
    public NormalizedText Without(IReadOnlyList<(int Start, int End)> spans)
    {
        if (spans.Count == 0)
        {
            return this;
        }

        var text = new System.Text.StringBuilder(Text.Length);
        var index = new List<int>(RawIndex.Length);
        var position = 0;
        foreach (var (start, end) in spans.OrderBy(span => span.Start))
        {
            if (start < position)
            {
                throw new ArgumentException("Spans overlap.", nameof(spans));
            }

            text.Append(Text, position, start - position);
            index.AddRange(RawIndex.AsSpan(position, start - position));
            position = end;
        }

        text.Append(Text, position, Text.Length - position);
        index.AddRange(RawIndex.AsSpan(position));
        return new NormalizedText(Raw, text.ToString(), [.. index]);
    }

    /// <summary>A text that normalisation left unchanged (every character maps to itself).</summary>
    public static NormalizedText Identity(string text) => new(text, text, IdentityIndex(text.Length));

    /// <summary>The map of a text of this length that normalisation left unchanged: 0, 1, …, length.</summary>
    public static int[] IdentityIndex(int length)
    {
        // Maps are written out in full: a report's is large enough that clearing it first costs.
        var index = GC.AllocateUninitializedArray<int>(length + 1);
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = i;
        }

        return index;
    }

    private static bool IsDroppedSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
