using System.Security.Cryptography;
using System.Text;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Regions;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// Fills dim_region from the gazetteer (all of GB/T 2260) and dim_indicator from the extraction
/// lexicon. Each is refilled only when its source changed (a fingerprint of the rows is kept in
/// etl_dimension_source), so a nightly run with nothing new does not rewrite 3,000 regions.
/// dim_year is filled by its schema script.
/// </summary>
public sealed class DimensionLoader
{
    /// <summary>Returns true when dim_region was refilled.</summary>
    public bool LoadRegions(DuckDBConnection connection, IReadOnlyCollection<Region> regions)
    {
        var ordered = regions.OrderBy(region => region.Code, StringComparer.Ordinal).ToList();
        var fingerprint = Fingerprint(ordered.Select(region =>
            $"{region.Code}|{region.Name}|{region.Level}|{region.ParentCode}|{region.ParentName}|{region.ProvinceCode}|{region.ProvinceName}"));
        return Refill(connection, "dim_region", fingerprint, ordered.Count, "loading/delete_dim_region", appender =>
        {
            foreach (var region in ordered)
            {
                appender.CreateRow()
                    .AppendValue(region.Code)
                    .AppendValue(region.Name)
                    .AppendValue(RegionLevels.Name(region.Level))
                    .AppendValue(region.ParentCode)
                    .AppendValue(region.ParentName)
                    // The nation lies in no province: dim_region keeps it as its own top, as a province is.
                    .AppendValue(region.ProvinceCode ?? region.Code)
                    .AppendValue(region.ProvinceName ?? region.Name)
                    .EndRow();
            }
        });
    }

    /// <summary>Returns true when dim_indicator was refilled.</summary>
    public bool LoadIndicators(DuckDBConnection connection, IReadOnlyCollection<IndicatorRow> indicators)
    {
        var ordered = indicators.OrderBy(indicator => indicator.Code, StringComparer.Ordinal).ToList();
        var fingerprint = Fingerprint(ordered.Select(indicator =>
            $"{indicator.Code}|{indicator.NameZh}|{indicator.NameEn}|{indicator.DefaultUnit}|{indicator.Category}"));
        return Refill(connection, "dim_indicator", fingerprint, ordered.Count, "loading/delete_dim_indicator", appender =>
        {
            foreach (var indicator in ordered)
            {
                appender.CreateRow()
                    .AppendValue(indicator.Code)
                    .AppendValue(indicator.NameZh)
                    .AppendValue(indicator.NameEn)
                    .AppendValue(indicator.DefaultUnit)
                    .AppendValue(indicator.Category)
                    .EndRow();
            }
        });
    }

    private static bool Refill(DuckDBConnection connection, string dimension, string fingerprint, int rowCount, string deleteScript, Action<DuckDBAppender> appendRows)
    {
        var stored = connection.ExecuteScalar<string?>(SqlFiles.Get("loading/select_dimension_fingerprint"), new { dimension });
        if (stored == fingerprint)
        {
            return false;
        }

        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlFiles.Get(deleteScript), transaction: transaction);
        using (var appender = connection.CreateAppender(dimension))
        {
            appendRows(appender);
        }

        connection.Execute(SqlFiles.Get("loading/upsert_dimension_fingerprint"),
            new { dimension, fingerprint, row_count = rowCount }, transaction);
        transaction.Commit();
        return true;
    }

    private static string Fingerprint(IEnumerable<string> rows) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))));
}
