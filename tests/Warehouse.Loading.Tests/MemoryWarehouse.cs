using Dapper;
using DuckDB.NET.Data;
using Warehouse.Regions;

namespace Warehouse.Loading.Tests;

/// <summary>An in-memory warehouse with the current schema and a few real GB/T 2260 regions.</summary>
internal sealed class MemoryWarehouse : IDisposable
{
    public static readonly Region Hubei = new("420000", "湖北省", RegionLevel.Province, null, null, "420000", "湖北省");
    public static readonly Region Yichang = new("420500", "宜昌市", RegionLevel.City, "420000", "湖北省", "420000", "湖北省");
    public static readonly Region Yuanan = new("420525", "远安县", RegionLevel.County, "420500", "宜昌市", "420000", "湖北省");
    public static readonly Region Xingshan = new("420526", "兴山县", RegionLevel.County, "420500", "宜昌市", "420000", "湖北省");
    public static readonly Region Zigui = new("420527", "秭归县", RegionLevel.County, "420500", "宜昌市", "420000", "湖北省");
    public static readonly Region Xiangyang = new("420600", "襄阳市", RegionLevel.City, "420000", "湖北省", "420000", "湖北省");
    public static readonly Region Nanzhang = new("420624", "南漳县", RegionLevel.County, "420600", "襄阳市", "420000", "湖北省");

    private long _runId;

    public MemoryWarehouse()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        new SchemaMigrator().Migrate(Connection);
        new DimensionLoader().LoadRegions(Connection, [Hubei, Yichang, Yuanan, Xingshan, Zigui, Xiangyang, Nanzhang]);
        new DimensionLoader().LoadIndicators(Connection, [new IndicatorRow("gdp", "地区生产总值", "GDP", "亿元", "output")]);
    }

    public DuckDBConnection Connection { get; }

    public int Load(params FileToLoad[] files) => Load(new HashSet<string>(), files);

    public int Load(ISet<string> replacing, params FileToLoad[] files) =>
        DocumentLoader.Load(Connection, files, replacing, ++_runId, new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc));

    public List<T> Query<T>(string sql, object? parameters = null) => Connection.Query<T>(sql, parameters).ToList();

    public void Dispose() => Connection.Dispose();
}
