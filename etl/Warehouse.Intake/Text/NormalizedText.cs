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
/// <paramref name="Raw"/> that character came from. Length is Text.Length + 1.
/// </param>
public sealed record NormalizedText(string Raw, string Text, int[] RawIndex)
{
    /// <summary>Maps a span [start, end) of <see cref="Text"/> to the raw span it came from.</summary>
    public (int Start, int End) ToRawSpan(int start, int end)
    {
        var rawStart = RawIndex[start];
        var rawEnd = end > start ? RawIndex[end - 1] + 1 : rawStart;
        return (rawStart, Math.Max(rawStart, rawEnd));
    }

    /// <summary>The raw characters behind a span of the normalised text.</summary>
    public string RawSlice(int start, int end)
    {
        var (rawStart, rawEnd) = ToRawSpan(start, end);
        return Raw[rawStart..rawEnd];
    }
}
