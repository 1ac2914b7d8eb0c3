using System.Globalization;
using Warehouse.DataFiles;
using Warehouse.Regions;

namespace Warehouse.Identification;

/// <summary>
/// The years of the national and provincial people's congresses' sessions (Data/congress_terms.tsv):
/// the 6th session of 福建省第十三届人民代表大会 was held in 2022. For a text that names no year but
/// the session it was given at.
/// </summary>
public sealed class CongressCalendar(IReadOnlyDictionary<string, (int Term, int FirstYear)> knownTerms)
{
    private const string ResourceName = "Warehouse.Identification.congress_terms.tsv";

    private const int TermYears = 5;

    /// <summary>How far from its known term a term's year is trusted (terms were not always five years long).</summary>
    private const int TermsTrusted = 5;

    public static CongressCalendar Default { get; } = Load();

    /// <summary>The year of a session of the region's congress, or null when the calendar does not cover it.</summary>
    public int? SessionYear(Region region, int term, int session)
    {
        var key = region.Level switch
        {
            RegionLevel.National => "national",
            RegionLevel.Province => knownTerms.ContainsKey(region.Code) ? region.Code : "province",
            _ => null,
        };
        if (key is null || !knownTerms.TryGetValue(key, out var known) || Math.Abs(term - known.Term) > TermsTrusted || session < 1)
        {
            return null;
        }

        var first = known.FirstYear + (TermYears * (term - known.Term));
        return first + Math.Min(session, TermYears) - 1;
    }

    public static CongressCalendar Parse(TextReader reader)
    {
        var terms = new Dictionary<string, (int Term, int FirstYear)>(StringComparer.Ordinal);
        foreach (var fields in TabSeparatedRows.Read(reader, "congress_terms.tsv", columns: 3))
        {
            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var term)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var firstYear))
            {
                throw new InvalidDataException($"congress_terms.tsv: term and first year must be numbers in '{string.Join('\t', fields)}'.");
            }

            terms[fields[0]] = (term, firstYear);
        }

        return new CongressCalendar(terms);
    }

    private static CongressCalendar Load()
    {
        using var stream = typeof(CongressCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
