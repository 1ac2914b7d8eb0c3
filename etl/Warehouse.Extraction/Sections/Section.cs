namespace Warehouse.Extraction.Sections;

/// <summary>A section of the normalised text starting at Start; PlanEndYear for Plan and PeriodReview.</summary>
public sealed record Section(int Start, SectionKind Kind, int? PlanEndYear);
