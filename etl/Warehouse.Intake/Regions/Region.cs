namespace Warehouse.Regions;

/// <summary>Administrative level of a region in GB/T 2260.</summary>
public enum RegionLevel
{
    /// <summary>The People's Republic as a whole (中华人民共和国, code 100000): the State Council's report.</summary>
    National,
    Province,
    /// <summary>Prefecture level (地级市, 自治州, 地区, 盟).</summary>
    City,
    /// <summary>County level (县, 县级市, 市辖区, 旗).</summary>
    County,
}

/// <summary>One entry of the GB/T 2260 gazetteer.</summary>
/// <param name="Code">Six-digit division code, e.g. "511827".</param>
/// <param name="Name">Full name, e.g. "宝兴县".</param>
/// <param name="ParentCode">Code of the prefecture city (for counties) or province (for cities); null for provinces and the nation.</param>
/// <param name="ProvinceCode">The province it lies in (itself for a province); null for the nation.</param>
public sealed record Region(
    string Code,
    string Name,
    RegionLevel Level,
    string? ParentCode,
    string? ParentName,
    string? ProvinceCode,
    string? ProvinceName);

/// <summary>The words the outputs use for levels (GOLD.md, dim_region): one vocabulary for all of them.</summary>
public static class RegionLevels
{
    public static string Name(RegionLevel level) => level switch
    {
        RegionLevel.National => "national",
        RegionLevel.Province => "province",
        RegionLevel.City => "city",
        RegionLevel.County => "county",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level a name stands for (the inverse of <see cref="Name"/>), or null for another word.</summary>
    public static RegionLevel? Parse(string name) => name switch
    {
        "national" => RegionLevel.National,
        "province" => RegionLevel.Province,
        "city" => RegionLevel.City,
        "county" => RegionLevel.County,
        _ => null,
    };
}
