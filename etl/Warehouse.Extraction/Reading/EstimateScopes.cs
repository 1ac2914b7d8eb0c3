using System.Text.RegularExpressions;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Spans covered by a "(预计数,同比,下同)" note: every figure after it, up to the end of its
/// paragraph, is an estimate.
/// </summary>
public static partial class EstimateScopes
{
    [GeneratedRegex(@"预计数[^)）\n]{0,12}下同", RegexOptions.CultureInvariant)]
    private static partial Regex NotePattern();

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        for (var match = NotePattern().Match(text); match.Success; match = match.NextMatch())
        {
            // A paragraph is a line; in text without line breaks, stop after a generous stretch.
            var lineEnd = text.IndexOf('\n', match.Index);
            var end = lineEnd < 0 ? Math.Min(text.Length, match.Index + 1500) : lineEnd;
            // The figures the note follows (608亿元,增长6%(预计数…)) are covered too: start at the sentence.
            var start = Math.Max(0, text.LastIndexOfAny(['。', '\n'], match.Index) + 1);
            spans.Add(new TextSpan(start, end));
        }

        return spans;
    }

    public static bool Covers(IReadOnlyList<TextSpan> spans, int position) =>
        spans.Any(s => s.Start <= position && position < s.End);
}
