namespace Warehouse.Loading;

/// <summary>One row of dim_indicator, as the extraction lexicon describes an indicator.</summary>
/// <param name="Category">output | investment | consumption | fiscal | income | trade | prices | labour | agriculture.</param>
public sealed record IndicatorRow(string Code, string NameZh, string NameEn, string? DefaultUnit, string Category);
