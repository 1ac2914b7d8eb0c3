using Warehouse.Regions;

namespace Warehouse.Extraction.Reading;

/// <summary>What the reader needs to know about a report: its years and its own region.</summary>
/// <param name="RegionName">The report's own region (宝兴县), or null when unknown.</param>
/// <param name="Level">The region's level, or null when unknown.</param>
/// <param name="ProvinceName">The province it lies in (四川省), or null when unknown.</param>
public sealed record ReportContext(int ReportYear, int ReviewYear, string? RegionName, RegionLevel? Level, string? ProvinceName);
