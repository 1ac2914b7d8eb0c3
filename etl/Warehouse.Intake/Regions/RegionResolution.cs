namespace Warehouse.Regions;

/// <summary>
/// Which region a report is about. <see cref="Region"/> is null when the name is ambiguous or
/// missing from the gazetteer; <see cref="Name"/> then still says what the text called it.
/// </summary>
public sealed record RegionResolution(Region? Region, string? Name, IReadOnlyList<string> Warnings)
{
    public static RegionResolution Unresolved(string warning) => new(null, null, [warning]);
}
