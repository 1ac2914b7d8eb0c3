using System.Globalization;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>
/// What the reports claim about their rank (增幅全市第3) next to the rank the warehouse
/// computes. A claim is judged only when every region of its peer group (from the gazetteer)
/// has the value loaded; otherwise the row says how many of how many are, and no more.
/// </summary>
public static class RankClaimsSheet
{
    public const string Loaded = "已载入 loaded";
    public const string PeerGroup = "同组地区 peers";
    public const string Verdict = "结论 verdict";

    public static SheetModel Build(RankingData data, IReadOnlyDictionary<long, CellLink> sourceLinks)
    {
        var columns = new List<ColumnSpec>
        {
            new("地区"), new("代码"), new("级别"), new("省份"), new("指标"), new("度量"), new("范围"),
            new("自述排名"), new("计算排名"), new(Loaded), new(PeerGroup), new("数值"), new("单位"), new(Verdict), new("原文"), new("文档"),
        };
        var rows = TableRows.Of(data.RankClaims, c => (SheetCell[])
        [
            SheetCell.Of(c.RegionName), SheetCell.Of(c.RegionCode), SheetCell.Of(Labels.Level(c.Level)), SheetCell.Of(c.ProvinceName),
            SheetCell.Of(data.Indicators.Name(c.Indicator)), SheetCell.Of(Labels.Measure(c.Measure)), SheetCell.Of(Labels.Scope(c.Scope)),
            SheetCell.Of(c.ClaimedRank), SheetCell.Of(c.ComputedRank), SheetCell.Of(c.ComputedPeers), SheetCell.Of(c.PeersTotal),
            SheetCell.Figure(c.Value, Labels.Sign(c.ValueQualifier)), SheetCell.Of(c.Unit), SheetCell.Of(VerdictOf(c)),
            SheetCell.Of(c.Evidence), SourcesSheet.LinkTo(c.DocumentId, sourceLinks),
        ]);

        var sheet = new SheetModel(SheetNames.RankClaims) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.AddTable(0, 0, new TableSpec("Rank_claims", columns, rows));
        sheet.LimitWidth(columns.Count - 2, 50);
        return sheet;
    }

    /// <summary>Agrees or differs on a complete peer group; otherwise why it cannot be said.</summary>
    public static string VerdictOf(RankClaimRow claim)
    {
        if (claim.PeersTotal is not long all)
        {
            return "不可比：不在区划表 · not comparable: not in the gazetteer";
        }

        if (claim.ComputedRank is null)
        {
            return "不可比：本地区无此值 · not comparable: own value not loaded";
        }

        if (!claim.PeersComplete)
        {
            var total = all.ToString(CultureInfo.InvariantCulture);
            var loaded = (claim.ComputedPeers ?? 0).ToString(CultureInfo.InvariantCulture);
            return $"不可比：载入 {loaded}/{total} · not comparable: {loaded} of {total} peers loaded";
        }

        return claim.Agrees is true ? "一致 agrees" : "不一致 differs";
    }
}
