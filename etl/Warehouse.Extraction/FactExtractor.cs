using Warehouse.Extraction.Lexicon;
using Warehouse.Extraction.Reading;
using Warehouse.Extraction.Sections;
using Warehouse.Identification;

namespace Warehouse.Extraction;

/// <summary>
/// The extraction stage: a work report in, its grounded facts out. Stateless and thread-safe, so
/// independent reports can be extracted in parallel.
/// </summary>
public sealed class FactExtractor
{
    private readonly FactReader _reader;
    private readonly SectionClassifier _sections = new();

    public FactExtractor()
        : this(IndicatorLexicon.Default)
    {
    }

    public FactExtractor(IndicatorLexicon lexicon)
    {
        _reader = new FactReader(lexicon);
    }

    /// <summary>The report's facts, one per (indicator, kind, year, measure, scope), in text order.</summary>
    public IReadOnlyList<Fact> Extract(WorkReport report)
    {
        if (report.IsNegative || ContextOf(report) is not { } context)
        {
            return [];
        }

        var text = report.Text;
        var sections = _sections.Classify(text.Text, context.ReportYear);
        var layout = new ReportLayout(sections, EstimateScopes.Find(text.Text, sections), PeriodPassages.Find(text.Text, sections));
        var facts = SentenceSplitter.Split(text.Text)
            .SelectMany(sentence => _reader.Read(context, text, layout, sentence));
        return FactDeduplicator.Deduplicate(facts);
    }

    /// <summary>The years and region the reader needs; null when the report's year is unknown.</summary>
    private static ReportContext? ContextOf(WorkReport report)
    {
        var reportYear = report.ReportYear ?? report.ReviewYear + 1;
        var reviewYear = report.ReviewYear ?? report.ReportYear - 1;
        return reportYear is { } r && reviewYear is { } v
            ? new ReportContext(r, v, report.Region?.Name ?? report.RegionName, report.Region?.Level, report.Region?.ProvinceName)
            : null;
    }
}
