namespace Warehouse.Regions;

/// <summary>Administrative level of a region in GB/T 2260.</summary>
public enum RegionLevel
{
    Province,
    /// <summary>Prefecture level (地级市, 自治州, 地区, 盟).</summary>
    City,
    /// <summary>County level (县, 县级市, 市辖区, 旗).</summary>
    County,
}

/// <summary>One entry of the GB/T 2260 gazetteer.</summary>
/// <param name="Code">Six-digit division code, e.g. "511827".</param>
/// <param name="Name">Full name, e.g. "宝兴县".</param>
/// <param name="ParentCode">Code of the prefecture city (for counties) or province (for cities); null for provinces.</param>
public sealed record Region(
    string Code,
    string Name,
    RegionLevel Level,
    string? ParentCode,
    string? ParentName,
    string ProvinceCode,
    string ProvinceName);
