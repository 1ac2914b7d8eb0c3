namespace Warehouse.Reports.Data;

/// <summary>Everything one data year's workbook shows, read from the warehouse views.</summary>
/// <param name="Year">The data year: the year whose results the reports review.</param>
public sealed record RankingData(
    int Year,
    RunInfo? Run,
    IndicatorNames Indicators,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<RegionRow> Regions,
    IReadOnlyList<PeerRankRow> PeerRanks,
    IReadOnlyList<CompositeRankRow> CompositeRanks,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<EscalationRow> Escalation,
    IReadOnlyList<EscalationSummaryRow> EscalationSummary,
    IReadOnlyList<AchievementRow> Achievements,
    IReadOnlyList<RankClaimRow> RankClaims,
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<SourceRow> Sources,
    IReadOnlyList<SkippedFileRow> SkippedFiles);

/// <summary>The run of the job that wrote the workbook (etl_run).</summary>
public sealed record RunInfo(
    long RunId,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string Status,
    long FilesSeen,
    long FilesNew,
    long FilesChanged,
    long FilesUnchanged,
    long FilesSkipped,
    long FilesRemoved,
    long FactsLoaded,
    string? Errors);

/// <summary>Reports and regions of one level for the data year.</summary>
public sealed record CoverageRow(string Level, long Reports, long RegionsWithReport, long RegionsWithResults, long RegionsTotal);

/// <summary>A region with actual results for the data year (v_region_year), and its GDP level (亿元) with its qualifier.</summary>
public sealed record RegionRow(
    string Code,
    string Name,
    string Level,
    string? ParentCode,
    string? ParentName,
    string? ProvinceCode,
    string? ProvinceName,
    double? GdpLevel,
    string? GdpLevelQualifier,
    long FactCount);

/// <summary>
/// One region's growth on one indicator and its ranks among peers (v_peer_rank): Peers* are
/// the peers with a value loaded, Peers*Total the regions the gazetteer puts in the group.
/// </summary>
public sealed record PeerRankRow(
    string RegionCode,
    string Indicator,
    double Value,
    string? Qualifier,
    long RankLevel,
    long PeersLevel,
    long? RankProvince,
    long? PeersProvince,
    long? PeersProvinceTotal,
    long? RankParent,
    long? PeersParent,
    long? PeersParentTotal);

/// <summary>The mean of a region's ranks among its level's peers, and the rank of that mean.</summary>
public sealed record CompositeRankRow(string RegionCode, double MeanRank, long RanksCounted, long Rank);

/// <summary>A growth target for the year after the data year, ranked among its level's peers (the national baseline is not ranked).</summary>
public sealed record TargetRow(
    string RegionCode,
    string? RegionName,
    string? Level,
    string? ParentName,
    string? ProvinceName,
    string Indicator,
    int Year,
    double Value,
    double? ValueHigh,
    string? Unit,
    string? Qualifier,
    long? RankLevel,
    long? PeersLevel,
    string? Evidence);

/// <summary>
/// A growth target for the year after the data year next to its parent's, its province's and
/// the nation's, with the differences in percentage points (v_target_escalation).
/// </summary>
public sealed record EscalationRow(
    string RegionCode,
    string? RegionName,
    string? Level,
    string? ProvinceName,
    string Indicator,
    StatedTarget Own,
    string? ParentName,
    string? ParentLevel,
    StatedTarget? Parent,
    StatedTarget? Province,
    StatedTarget? National,
    double? ExcessOverParent,
    double? ExcessOverProvince,
    double? ExcessOverNational,
    bool LowerBoundUsed);

/// <summary>A target as the report gave it: the value (the low end of a range), the high end, the qualifier.</summary>
public sealed record StatedTarget(double Value, double? ValueHigh, string? Qualifier);

/// <summary>How much higher one level aims than the level above, for one indicator (v_target_escalation_summary).</summary>
public sealed record EscalationSummaryRow(
    string Indicator,
    string Level,
    string? ParentLevel,
    long Regions,
    double MeanExcess,
    double MedianExcess,
    long RegionsAbove,
    long RegionsLevel,
    long RegionsBelow,
    bool LowerBoundUsed);

/// <summary>
/// A target for the data year next to the result (v_target_achievement), and the report the
/// result comes from (that of <see cref="ResultReportYear"/>) and whether it is loaded.
/// </summary>
public sealed record AchievementRow(
    string RegionCode,
    string? RegionName,
    string? Level,
    string? ParentName,
    string? ProvinceName,
    string Indicator,
    string Measure,
    string? TargetKind,
    double TargetValue,
    double? TargetValueHigh,
    string? TargetQualifier,
    string? Unit,
    double? ActualValue,
    string? ActualQualifier,
    bool? Met,
    double? Gap,
    string? TargetEvidence,
    int ResultReportYear,
    bool ResultReportLoaded,
    long? ActualDocumentId);

/// <summary>
/// A report's claim about its rank next to the computed rank (v_rank_claim_check), with how many
/// of its peer group are loaded (<see cref="ComputedPeers"/>) of how many there are (<see cref="PeersTotal"/>).
/// </summary>
public sealed record RankClaimRow(
    string? RegionCode,
    string? RegionName,
    string? Level,
    string? ParentName,
    string? ProvinceName,
    string Indicator,
    string Measure,
    string Scope,
    long ClaimedRank,
    long? ComputedRank,
    long? ComputedPeers,
    long? PeersTotal,
    bool PeersComplete,
    double? Value,
    string? ValueQualifier,
    string? Unit,
    bool? Agrees,
    string? Evidence,
    long DocumentId);

/// <summary>One fact with its evidence and source (v_fact).</summary>
public sealed record FactRow(
    long DocumentId,
    string? RegionCode,
    string? RegionName,
    string? Level,
    string? ProvinceName,
    string Indicator,
    string Kind,
    int Year,
    int? PeriodStart,
    string Measure,
    double Value,
    double? ValueHigh,
    string? Unit,
    string? Qualifier,
    bool? Estimate,
    bool? Corrected,
    double? Confidence,
    string? Evidence,
    string? SourcePath);

/// <summary>One report (dim_document) with its kind, fact count and warnings.</summary>
/// <param name="DocumentKind">full_report, relayed_report, …; null for a document loaded before kinds were stored.</param>
public sealed record SourceRow(
    long DocumentId,
    string? RegionCode,
    string? RegionName,
    string? Title,
    string? DocumentKind,
    int? ReportYear,
    int? ReviewYear,
    string? MeetingDate,
    string ContentHash,
    string SourcePath,
    int? IndexInFile,
    long Facts,
    string? Warnings,
    DateTime? LoadedAt);

/// <summary>A file the latest run skipped, and why (etl_document).</summary>
public sealed record SkippedFileRow(string SourcePath, string? Reason);
