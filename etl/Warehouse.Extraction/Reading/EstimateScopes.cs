using System.Text.RegularExpressions;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Spans covered by a "(预计数,同比,下同)" note: "the same below" makes every later figure of the
/// review an estimate, up to the end of the review.
/// </summary>
public static partial class EstimateScopes
{
    [GeneratedRegex(@"预计数[^)）\n]{0,12}下同", RegexOptions.CultureInvariant)]
    private static partial Regex NotePattern();

    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Section> sections)
    {
        var spans = new List<TextSpan>();
        for (var match = NotePattern().Match(text); match.Success; match = match.NextMatch())
        {
            var end = sections
                .Where(s => s.Start > match.Index && s.Kind is not (SectionKind.Review or SectionKind.PeriodReview))
                .Select(s => s.Start)
                .DefaultIfEmpty(text.Length)
                .First();
            // The figures the note follows (608亿元,增长6%(预计数…)) are covered too: start at the sentence.
            var start = Math.Max(0, text.LastIndexOfAny(['。', '\n'], match.Index) + 1);
            spans.Add(new TextSpan(start, end));
        }

        return spans;
    }

    public static bool Covers(IReadOnlyList<TextSpan> spans, int position) =>
        spans.Any(s => s.Start <= position && position < s.End);
}
