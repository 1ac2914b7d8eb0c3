namespace Warehouse.Regions;

/// <summary>A place in a text where a gazetteer name (full or short) occurs, with every region it may mean.</summary>
public sealed record RegionMention(int Index, string Name, bool IsFullName, IReadOnlyList<Region> Candidates)
{
    public int End => Index + Name.Length;
}
