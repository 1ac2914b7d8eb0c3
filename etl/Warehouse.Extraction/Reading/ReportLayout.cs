using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>What is found once per report and read by every sentence: sections, estimate notes, period passages.</summary>
public sealed record ReportLayout(IReadOnlyList<Section> Sections, IReadOnlyList<TextSpan> Estimates, PeriodPassages PeriodPassages);
