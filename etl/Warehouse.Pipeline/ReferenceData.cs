using Warehouse.Extraction.Lexicon;
using Warehouse.Loading;
using Warehouse.Regions;

namespace Warehouse.Pipeline;

/// <summary>
/// The reference data shipped with intake (GB/T 2260 gazetteer) and extraction (indicator lexicon).
/// The gazetteer is loaded when first asked for: a run asks at its start, beside the scan of the
/// input folders.
/// </summary>
public sealed class ReferenceData(Lazy<Gazetteer> gazetteer, IndicatorLexicon lexicon) : IReferenceData
{
    public IReadOnlyCollection<Region> Regions => gazetteer.Value.All;

    public IReadOnlyCollection<IndicatorRow> Indicators =>
        lexicon.Indicators.Select(indicator => new IndicatorRow(indicator.Code, indicator.NameZh, indicator.NameEn, indicator.DefaultUnit, indicator.Category)).ToList();
}
