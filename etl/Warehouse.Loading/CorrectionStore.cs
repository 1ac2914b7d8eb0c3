using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>An analyst's correction (Action replace, with Value) or rejection (Action reject) of a fact.</summary>
/// <param name="Kind">actual | target | plan | period_actual.</param>
/// <param name="Measure">level | growth_pct | avg_growth_pct.</param>
public sealed record Correction(
    string RegionCode,
    string Indicator,
    string Kind,
    int Year,
    string Measure,
    string Action,
    double? Value,
    double? ValueHigh,
    string? Qualifier,
    string? Note,
    string? CorrectedBy)
{
    public const string Replace = "replace";
    public const string Reject = "reject";
}

/// <summary>
/// Writes corrections to fact_correction. They are keyed by what the fact is about, not by
/// document, so v_fact applies them to whichever document states the fact, after any reload.
/// </summary>
public sealed class CorrectionStore
{
    public void Add(DuckDBConnection connection, Correction correction) =>
        connection.Execute(SqlFiles.Get("loading/insert_correction"), new
        {
            region_code = correction.RegionCode,
            indicator = correction.Indicator,
            kind = correction.Kind,
            year = correction.Year,
            measure = correction.Measure,
            action = correction.Action,
            value = correction.Value,
            value_high = correction.ValueHigh,
            qualifier = correction.Qualifier,
            note = correction.Note,
            corrected_by = correction.CorrectedBy,
        });

    /// <summary>How many loaded facts the correction's key matches now (0: it waits for a load that brings one).</summary>
    public long MatchingFacts(DuckDBConnection connection, Correction correction) =>
        connection.ExecuteScalar<long>(SqlFiles.Get("loading/count_facts_for_key"), new
        {
            region_code = correction.RegionCode,
            indicator = correction.Indicator,
            kind = correction.Kind,
            year = correction.Year,
            measure = correction.Measure,
        });
}
