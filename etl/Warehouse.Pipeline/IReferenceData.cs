using Warehouse.Loading;
using Warehouse.Regions;

namespace Warehouse.Pipeline;

/// <summary>The reference data the dimensions are filled from.</summary>
public interface IReferenceData
{
    /// <summary>All of GB/T 2260 (the intake gazetteer).</summary>
    IReadOnlyCollection<Region> Regions { get; }

    /// <summary>The indicators the extractor knows (the extraction lexicon).</summary>
    IReadOnlyCollection<IndicatorRow> Indicators { get; }
}
