using System.Text.RegularExpressions;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Spans covered by a bracketed note that marks figures as estimates: "(预计数)" covers its
/// sentence; with "下同" or "以下" ("(初步核算数,同比,下同)", "(以下均为预计数)") every later figure
/// of the review is an estimate too, up to the end of the review.
/// </summary>
public static partial class EstimateScopes
{
    [GeneratedRegex(@"[(（][^()（）\n]{0,16}?(?:预计|初步核算|初步统计|快报)[^()（）\n]{0,16}?[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex NotePattern();

    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Section> sections)
    {
        var spans = new List<TextSpan>();
        for (var match = NotePattern().Match(text); match.Success; match = match.NextMatch())
        {
            var sameBelow = match.Value.Contains("下同") || match.Value.Contains("以下");
            var end = sameBelow
                ? sections
                    .Where(s => s.Start > match.Index && s.Kind is not (SectionKind.Review or SectionKind.PeriodReview))
                    .Select(s => s.Start)
                    .DefaultIfEmpty(text.Length)
                    .First()
                : SentenceEnd(text, match.Index);
            // The figures the note follows (608亿元,增长6%(预计数…)) are covered too: start at the sentence.
            var start = Math.Max(0, text.LastIndexOfAny(['。', '\n'], match.Index) + 1);
            spans.Add(new TextSpan(start, end));
        }

        return spans;
    }

    public static bool Covers(IReadOnlyList<TextSpan> spans, int position) =>
        spans.Any(s => s.Start <= position && position < s.End);

    private static int SentenceEnd(string text, int position)
    {
        var end = text.IndexOfAny(['。', '\n'], position);
        return end < 0 ? text.Length : end;
    }
}
