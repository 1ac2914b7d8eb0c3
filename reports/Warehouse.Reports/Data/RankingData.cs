namespace Warehouse.Reports.Data;

/// <summary>Everything one data year's workbook shows, read from the warehouse views.</summary>
/// <param name="Year">The data year: the year whose results the reports review.</param>
public sealed record RankingData(
    int Year,
    RunInfo? Run,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<RegionRow> Regions,
    IReadOnlyList<PeerRankRow> PeerRanks,
    IReadOnlyList<CompositeRankRow> CompositeRanks,
    IReadOnlyList<TargetRow> Targets,
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

/// <summary>A region with actual results for the data year (v_region_year).</summary>
public sealed record RegionRow(
    string Code,
    string Name,
    string Level,
    string? ParentCode,
    string? ParentName,
    string? ProvinceCode,
    string? ProvinceName,
    double? GdpLevel,
    long FactCount);

/// <summary>One region's growth on one indicator and its ranks among peers (v_peer_rank).</summary>
public sealed record PeerRankRow(
    string RegionCode,
    string Indicator,
    double Value,
    long RankLevel,
    long PeersLevel,
    long? RankProvince,
    long? PeersProvince,
    long? RankParent,
    long? PeersParent);

/// <summary>The mean of a region's ranks among its level's peers, and the rank of that mean.</summary>
public sealed record CompositeRankRow(string RegionCode, double MeanRank, long RanksCounted, long Rank);

/// <summary>A growth target for the year after the data year, ranked among its level's peers.</summary>
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
    long RankLevel,
    long PeersLevel,
    string? Evidence);

/// <summary>A target for the data year next to the result (v_target_achievement).</summary>
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
    bool? Met,
    double? Gap,
    string? TargetEvidence);

/// <summary>A report's claim about its rank next to the computed rank (v_rank_claim_check).</summary>
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
    double? Value,
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
    string? IndicatorNameZh,
    string Kind,
    int Year,
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

/// <summary>One report (dim_document) with its fact count and warnings.</summary>
public sealed record SourceRow(
    long DocumentId,
    string? RegionCode,
    string? RegionName,
    string? Title,
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
