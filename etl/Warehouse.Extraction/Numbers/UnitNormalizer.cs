using Warehouse.Extraction.Lexicon;

namespace Warehouse.Extraction.Numbers;

/// <summary>
/// Brings a figure to the unit GOLD.md asks for: money aggregates in 亿元 (万元 ÷ 10000), per-person
/// amounts in 元, foreign currency in 亿美元 (1万亿美元 = 10000亿美元), grain in 万吨 (1亿斤 = 5万吨,
/// 1亿吨 = 10000万吨); people as written.
/// </summary>
public static class UnitNormalizer
{
    /// <summary>The normalised (value, high, unit), or null when the unit cannot measure the indicator.</summary>
    public static (double Value, double? High, string Unit)? Normalize(Quantity quantity, IndicatorDefinition indicator)
    {
        var factor = 1.0;
        string unit;
        switch (quantity.Unit)
        {
            case "%":
                unit = "%";
                break;
            case "万亿元":
                (factor, unit) = indicator.IsPerPerson ? (1e12, "元") : (1e4, "亿元");
                break;
            case "亿元":
                (factor, unit) = indicator.IsPerPerson ? (1e8, "元") : (1, "亿元");
                break;
            case "万元":
                (factor, unit) = indicator.IsPerPerson ? (1e4, "元") : (1e-4, "亿元");
                break;
            case "元":
                (factor, unit) = indicator.IsPerPerson ? (1, "元") : (1e-8, "亿元");
                break;
            case "万亿美元":
                (factor, unit) = (1e4, "亿美元");
                break;
            case "亿美元":
                unit = "亿美元";
                break;
            case "万美元":
                (factor, unit) = (1e-4, "亿美元");
                break;
            case "美元":
                (factor, unit) = (1e-8, "亿美元");
                break;
            case "亿吨":
                (factor, unit) = (1e4, "万吨");
                break;
            case "万吨":
                unit = "万吨";
                break;
            case "吨":
                (factor, unit) = (1e-4, "万吨");
                break;
            case "万亿斤":
                (factor, unit) = (5e4, "万吨");
                break;
            case "亿斤":
                (factor, unit) = (5, "万吨");
                break;
            case "万斤":
                (factor, unit) = (5e-4, "万吨");
                break;
            case "万人":
            case "人":
                unit = quantity.Unit;
                break;
            default:
                return null;
        }

        if (!Fits(unit, indicator))
        {
            return null;
        }

        return (Round(quantity.Value * factor), quantity.ValueHigh is { } high ? Round(high * factor) : null, unit);
    }

    /// <summary>Whether a level in this unit can be the indicator's (no 万吨 of GDP, no 人 of income).</summary>
    private static bool Fits(string unit, IndicatorDefinition indicator) => indicator.DefaultUnit switch
    {
        "亿元" => unit is "亿元" or "亿美元" or "%",
        "元" => unit is "元" or "%",
        "亿美元" => unit is "亿美元" or "亿元" or "%",
        "万吨" => unit is "万吨" or "%",
        "人" => unit is "人" or "万人" or "%",
        "%" => unit == "%",
        _ => true,
    };

    // Keep conversions free of binary noise (0.13500000000000001).
    private static double Round(double value) => Math.Round(value, 8);
}
