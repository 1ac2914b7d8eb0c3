using System.Text.RegularExpressions;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// The time markers of a report, found once: 这五年, 五年来, “十三五”期间 open a passage on a whole
/// period; a single year named after them (2021年, 去年, 全年, “十三五”末) brings the passage back to
/// one year. A multi-year review's figure speaks of the period when the nearest marker before it
/// (since the review began, a few paragraphs back at most) is a period's opener.
/// </summary>
public sealed partial class PeriodPassages
{
    [GeneratedRegex(
        @"(?<period>这五年|五年来|过去五年|五年间|五年[全累共]|本届政府|" + FiveYearPlans.NamePattern + @"”?(?:期间|时期|以来))" +
        @"|(?<![比较与同和从由自到至])(?:19|20)\d\d年(?!以来|来|相比|比较)|去年|全年|今年|一年来|过去一年|" + FiveYearPlans.NamePattern + @"”?末|期末",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeMarkerPattern();

    /// <summary>How far back the nearest time marker is looked for (a few paragraphs).</summary>
    private const int Reach = 3000;

    private readonly List<(int End, bool OpensPeriod)> _markers;

    private PeriodPassages(List<(int End, bool OpensPeriod)> markers)
    {
        _markers = markers;
    }

    /// <summary>The time markers of the report's multi-year reviews (the only sections that ask).</summary>
    public static PeriodPassages Find(string text, IReadOnlyList<Section> sections)
    {
        var markers = new List<(int End, bool OpensPeriod)>();
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Kind != SectionKind.PeriodReview)
            {
                continue;
            }

            var start = sections[i].Start;
            var end = i + 1 < sections.Count ? sections[i + 1].Start : text.Length;
            for (var match = TimeMarkerPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                markers.Add((match.Index + match.Length, match.Groups["period"].Success));
            }
        }

        return new PeriodPassages(markers);
    }

    /// <summary>Whether the passage of a review starting at reviewStart still speaks of the whole period at position.</summary>
    public bool Covers(int reviewStart, int position)
    {
        // The last marker that ends at or before the position.
        int low = 0, high = _markers.Count - 1, last = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_markers[mid].End <= position)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return last >= 0 && _markers[last].OpensPeriod
            && _markers[last].End > reviewStart && position - _markers[last].End <= Reach;
    }
}
