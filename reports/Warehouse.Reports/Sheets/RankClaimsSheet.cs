using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

namespace Warehouse.Reports.Sheets;

/// <summary>What the reports claim about their rank (增幅全市第3) next to what the warehouse computes among the peers it holds.</summary>
public static class RankClaimsSheet
{
    public static SheetModel Build(RankingData data, IReadOnlyDictionary<long, string> sourceCells)
    {
        var columns = new List<ColumnSpec>
        {
            new("地区"), new("代码"), new("级别"), new("省份"), new("指标"), new("度量"), new("范围"),
            new("自述排名"), new("计算排名"), new("比较地区数"), new("数值"), new("是否一致"), new("原文"), new("文档"),
        };
        var rows = data.RankClaims.Select(c => (IReadOnlyList<SheetCell>)
        [
            SheetCell.Of(c.RegionName), SheetCell.Of(c.RegionCode), SheetCell.Of(Labels.Level(c.Level)), SheetCell.Of(c.ProvinceName),
            SheetCell.Of(c.Indicator), SheetCell.Of(Labels.Measure(c.Measure)), SheetCell.Of(Labels.Scope(c.Scope)),
            SheetCell.Of(c.ClaimedRank), SheetCell.Of(c.ComputedRank), SheetCell.Of(c.ComputedPeers),
            SheetCell.Of(c.Value, CellStyle.OneDecimal), SheetCell.Of(Labels.YesNo(c.Agrees, "一致 agrees", "不一致 differs")),
            SheetCell.Of(c.Evidence), SourcesSheet.LinkTo(c.DocumentId, sourceCells),
        ]).ToList();

        var sheet = new SheetModel(SheetNames.RankClaims) { FrozenRows = 1 };
        sheet.AddTable(0, 0, new TableSpec("Rank_claims", columns, rows));
        sheet.LimitWidth(columns.Count - 2, 50);
        return sheet;
    }
}
