namespace Warehouse.Reports.Data;

/// <summary>An indicator's names as dim_indicator holds them (from the extraction lexicon).</summary>
public sealed record IndicatorInfo(string Code, string NameZh, string NameEn);

/// <summary>What a sheet writes for an indicator code: 固定资产投资 Fixed-asset investment, never fai.</summary>
public sealed class IndicatorNames(IEnumerable<IndicatorInfo> indicators)
{
    private readonly Dictionary<string, string> _names = indicators.ToDictionary(i => i.Code, i => $"{i.NameZh} {i.NameEn}", StringComparer.Ordinal);

    /// <summary>The Chinese and English name; the code itself only for an indicator dim_indicator does not know.</summary>
    public string Name(string code) => _names.GetValueOrDefault(code, code);
}
