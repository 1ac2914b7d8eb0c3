using Warehouse.DataFiles;

namespace Warehouse.Extraction.Lexicon;

/// <summary>
/// The indicators of GOLD.md with their wordings, read from the embedded indicators.tsv and
/// paired_wordings.tsv. The warehouse loads dim_indicator from <see cref="Indicators"/>.
/// </summary>
public sealed class IndicatorLexicon
{
    public IndicatorLexicon(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<PairedWording> pairs)
    {
        Indicators = indicators;
        Pairs = pairs;
        ByCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            foreach (var code in new[] { pair.First, pair.Second, pair.SingleLevelCode })
            {
                if (!ByCode.ContainsKey(code))
                {
                    throw new InvalidDataException($"paired_wordings.tsv: '{pair.Wording}' names unknown indicator '{code}'.");
                }
            }
        }
    }

    /// <summary>The lexicon shipped with the extractor (embedded resources).</summary>
    public static IndicatorLexicon Default { get; } = LoadEmbedded();

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    public IReadOnlyList<PairedWording> Pairs { get; }

    public IReadOnlyDictionary<string, IndicatorDefinition> ByCode { get; }

    public static IndicatorLexicon Parse(string indicatorsTsv, string pairsTsv) =>
        new(ParseIndicators(indicatorsTsv), ParsePairs(pairsTsv));

    private static IndicatorLexicon LoadEmbedded() =>
        Parse(LexiconResources.Read("indicators.tsv"), LexiconResources.Read("paired_wordings.tsv"));

    private static IReadOnlyList<IndicatorDefinition> ParseIndicators(string tsv) =>
        TabSeparatedRows.Read(new StringReader(tsv), "indicators.tsv", columns: 7)
            .Select(c =>
            {
                var wordings = c[6].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return new IndicatorDefinition(
                    c[0], c[1], c[2], c[3], c[4],
                    wordings.Where(w => !w.StartsWith('!')).OrderByDescending(w => w.Length).ToArray(),
                    wordings.Where(w => w.StartsWith('!')).Select(w => w[1..]).ToArray())
                {
                    SumsOverPeriod = c[5] switch
                    {
                        "sum" => true,
                        "end" => false,
                        _ => throw new InvalidDataException($"indicators.tsv: period_level of '{c[0]}' is '{c[5]}', not sum or end."),
                    },
                };
            })
            .ToArray();

    private static IReadOnlyList<PairedWording> ParsePairs(string tsv) =>
        TabSeparatedRows.Read(new StringReader(tsv), "paired_wordings.tsv", columns: 4)
            .Select(c => new PairedWording(c[0], c[1], c[2], c[3]))
            .ToArray();
}
