using System.Data.Common;
using Dapper;
using Warehouse.Sql;

namespace Warehouse.Reports.Data;

/// <summary>
/// Reads one data year's workbook content from the warehouse: each part through its own query
/// file in sql/reporting, with the year as a bound parameter.
/// </summary>
public static class RankingDataReader
{
    /// <summary>The data years there are reports for, oldest first.</summary>
    public static IReadOnlyList<int> Years(DbConnection warehouse) =>
        Query(warehouse, "years", year: null).Select(r => (int)r.Integer("year")!.Value).ToList();

    public static RankingData Read(DbConnection warehouse, int year)
    {
        var (peerRanks, compositeRanks) = PeerRanks(warehouse, year);
        return new(
            year,
            Query(warehouse, "run", null).Select(ToRun).FirstOrDefault(),
            new IndicatorNames(Query(warehouse, "indicators", null).Select(r => new IndicatorInfo(
                r.Text("indicator_code"), r.Text("name_zh"), r.Text("name_en")))),
            Query(warehouse, "coverage", year).Select(r => new CoverageRow(
                r.Text("level"), r.Integer("reports") ?? 0, r.Integer("regions_with_report") ?? 0,
                r.Integer("regions_with_results") ?? 0, r.Integer("regions_total") ?? 0)).ToList(),
            Query(warehouse, "regions", year).Select(r => new RegionRow(
                r.Text("region_code"), r.Text("region_name"), r.Text("level"), r.TextOrNull("parent_code"), r.TextOrNull("parent_name"),
                r.TextOrNull("province_code"), r.TextOrNull("province_name"), r.Number("gdp_level"), r.TextOrNull("gdp_level_qualifier"),
                r.Integer("fact_count") ?? 0)).ToList(),
            peerRanks,
            compositeRanks,
            Query(warehouse, "targets", year).Select(r => new TargetRow(
                r.Text("region_code"), r.TextOrNull("region_name"), r.TextOrNull("level"), r.TextOrNull("parent_name"), r.TextOrNull("province_name"),
                r.Text("indicator"), (int)r.Integer("year")!.Value, r.Number("value")!.Value, r.Number("value_high"), r.TextOrNull("unit"),
                r.TextOrNull("qualifier"), r.Integer("rank_level"), r.Integer("peers_level"), r.TextOrNull("evidence"))).ToList(),
            Query(warehouse, "target_escalation", year).Select(r => new EscalationRow(
                r.Text("region_code"), r.TextOrNull("region_name"), r.TextOrNull("level"), r.TextOrNull("province_name"), r.Text("indicator"),
                Stated(r, "own")!, r.TextOrNull("parent_name"), r.TextOrNull("parent_level"), Stated(r, "parent"), Stated(r, "province"),
                Stated(r, "national"), r.Number("excess_over_parent"), r.Number("excess_over_province"), r.Number("excess_over_national"),
                r.Flag("lower_bound_used") ?? false)).ToList(),
            Query(warehouse, "target_escalation_summary", year).Select(r => new EscalationSummaryRow(
                r.Text("indicator"), r.Text("level"), r.TextOrNull("parent_level"), r.Integer("regions")!.Value, r.Number("mean_excess")!.Value,
                r.Number("median_excess")!.Value, r.Integer("regions_above") ?? 0, r.Integer("regions_level") ?? 0, r.Integer("regions_below") ?? 0,
                r.Flag("lower_bound_used") ?? false)).ToList(),
            Query(warehouse, "target_achievement", year).Select(r => new AchievementRow(
                r.Text("region_code"), r.TextOrNull("region_name"), r.TextOrNull("level"), r.TextOrNull("parent_name"), r.TextOrNull("province_name"),
                r.Text("indicator"), r.Text("measure"), r.TextOrNull("target_kind"), r.Number("target_value")!.Value, r.Number("target_value_high"),
                r.TextOrNull("target_qualifier"), r.TextOrNull("unit"), r.Number("actual_value"), r.TextOrNull("actual_qualifier"), r.Flag("met"),
                r.Number("gap"), r.TextOrNull("target_evidence"), (int)r.Integer("result_report_year")!.Value, r.Flag("result_report_loaded") ?? false,
                r.Integer("actual_document_id"))).ToList(),
            Query(warehouse, "rank_claims", year).Select(r => new RankClaimRow(
                r.TextOrNull("region_code"), r.TextOrNull("region_name"), r.TextOrNull("level"), r.TextOrNull("parent_name"), r.TextOrNull("province_name"),
                r.Text("indicator"), r.Text("measure"), r.Text("scope"), r.Integer("claimed_rank")!.Value, r.Integer("computed_rank"),
                r.Integer("computed_peers"), r.Integer("peers_total"), r.Flag("peers_complete") ?? false, r.Number("value"), r.TextOrNull("value_qualifier"),
                r.TextOrNull("unit"), r.Flag("agrees"), r.TextOrNull("evidence"), r.Integer("document_id")!.Value)).ToList(),
            Query(warehouse, "facts", year).Select(r => new FactRow(
                r.Integer("document_id")!.Value, r.TextOrNull("region_code"), r.TextOrNull("region_name"), r.TextOrNull("level"), r.TextOrNull("province_name"),
                r.Text("indicator"), r.Text("kind"), (int)r.Integer("year")!.Value, (int?)r.Integer("period_start"), r.Text("measure"),
                r.Number("value")!.Value, r.Number("value_high"), r.TextOrNull("unit"), r.TextOrNull("qualifier"), r.Flag("estimate"),
                r.Flag("corrected"), r.Number("confidence"), r.TextOrNull("evidence"), r.TextOrNull("source_path"))).ToList(),
            Query(warehouse, "sources", year).Select(r => new SourceRow(
                r.Integer("document_id")!.Value, r.TextOrNull("region_code"), r.TextOrNull("region_name"), r.TextOrNull("title"), r.TextOrNull("document_kind"),
                (int?)r.Integer("report_year"), (int?)r.Integer("review_year"), r.TextOrNull("meeting_date"), r.Text("content_hash"),
                r.Text("source_path"), (int?)r.Integer("index_in_file"), r.Integer("facts") ?? 0, r.TextOrNull("warnings"),
                r.Moment("loaded_at"))).ToList(),
            Query(warehouse, "skipped_files", null).Select(r => new SkippedFileRow(r.Text("source_path"), r.TextOrNull("reason"))).ToList());
    }

    /// <summary>
    /// The peer ranks and, from the same rows (each region's carries its composite rank), the
    /// composite ranks: one per region, in the order the regions first come.
    /// </summary>
    private static (List<PeerRankRow> PeerRanks, List<CompositeRankRow> CompositeRanks) PeerRanks(DbConnection warehouse, int year)
    {
        var peerRanks = new List<PeerRankRow>();
        var compositeRanks = new Dictionary<string, CompositeRankRow>(StringComparer.Ordinal);
        foreach (var r in Query(warehouse, "peer_ranks", year))
        {
            var region = r.Text("region_code");
            peerRanks.Add(new PeerRankRow(
                region, r.Text("indicator"), r.Number("value")!.Value, r.TextOrNull("qualifier"), r.Integer("rank_level")!.Value,
                r.Integer("peers_level")!.Value, r.Integer("rank_province"), r.Integer("peers_province"), r.Integer("peers_province_total"),
                r.Integer("rank_parent"), r.Integer("peers_parent"), r.Integer("peers_parent_total")));
            if (!compositeRanks.ContainsKey(region))
            {
                compositeRanks.Add(region, new CompositeRankRow(
                    region, r.Number("mean_rank")!.Value, r.Integer("ranks_counted")!.Value, r.Integer("composite_rank")!.Value));
            }
        }

        return (peerRanks, [.. compositeRanks.Values]);
    }

    /// <summary>The target in columns {prefix}_value, _value_high, _qualifier; null when there is none.</summary>
    private static StatedTarget? Stated(DbRow r, string prefix) =>
        r.Number($"{prefix}_value") is double value ? new(value, r.Number($"{prefix}_value_high"), r.TextOrNull($"{prefix}_qualifier")) : null;

    private static RunInfo ToRun(DbRow r) => new(
        r.Integer("run_id")!.Value, r.Moment("started_at"), r.Moment("finished_at"), r.Text("status"),
        r.Integer("files_seen") ?? 0, r.Integer("files_new") ?? 0, r.Integer("files_changed") ?? 0, r.Integer("files_unchanged") ?? 0,
        r.Integer("files_skipped") ?? 0, r.Integer("files_removed") ?? 0, r.Integer("facts_loaded") ?? 0, r.TextOrNull("errors"));

    private static IEnumerable<DbRow> Query(DbConnection warehouse, string name, int? year)
    {
        DynamicParameters? parameters = null;
        if (year is not null)
        {
            // Added one by one: Dapper drops anonymous-object members it cannot find in the SQL,
            // and it does not recognise DuckDB's $name syntax.
            parameters = new DynamicParameters();
            parameters.Add("year", year.Value);
        }

        // Read straight from the data reader, each row mapped as it is read: a year's facts are never also held as
        // raw rows, and no Dapper dynamic row (a dictionary per row) is built: that took half the reading time again.
        // Each caller reads every row before the next query: a connection has one open reader.
        using var reader = warehouse.ExecuteReader(SqlFiles.Get($"reporting/{name}"), parameters);
        var columns = DbRow.Columns(reader);
        var texts = new QueryTexts();
        while (reader.Read())
        {
            yield return new DbRow(name, reader, columns, texts);
        }
    }
}
