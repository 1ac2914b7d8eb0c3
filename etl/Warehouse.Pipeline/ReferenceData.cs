using Warehouse.Extraction.Lexicon;
using Warehouse.Loading;
using Warehouse.Regions;

namespace Warehouse.Pipeline;

/// <summary>The reference data shipped with intake (GB/T 2260 gazetteer) and extraction (indicator lexicon).</summary>
public sealed class ReferenceData(Gazetteer gazetteer, IndicatorLexicon lexicon) : IReferenceData
{
    public IReadOnlyCollection<Region> Regions => gazetteer.All;

    public IReadOnlyCollection<IndicatorRow> Indicators =>
        lexicon.Indicators.Select(indicator => new IndicatorRow(indicator.Code, indicator.NameZh, indicator.NameEn, indicator.DefaultUnit, indicator.Category)).ToList();
}
