namespace Warehouse.Extraction.Numbers;

/// <summary>
/// A number with its unit as written at [Start, End) of the normalised text (6.5%, 13.27万吨,
/// 6%-6.5%, 近51%, 3%以内), before it is tied to an indicator.
/// </summary>
/// <param name="Unit">The unit as written (%, 亿元, 万元, 万美元, 亿斤, 人, …).</param>
/// <param name="Qualifier">From the words around it (左右, 以上, 以内, 近, 突破, 不超过, …).</param>
/// <param name="IsFlat">与上年持平: a growth of zero stated in words.</param>
public sealed record Quantity(
    int Start,
    int End,
    double Value,
    double? ValueHigh,
    string Unit,
    Qualifier Qualifier,
    bool IsFlat)
{
    public bool IsPercent => Unit == "%";

    /// <summary>A growth written as a multiple (增长1.7倍, now 170%): a period's growth, never one year's.</summary>
    public bool IsMultiple { get; init; }

    /// <summary>A round amount in words (突破千亿元, 超万亿斤): a threshold passed, less precise than a figure.</summary>
    public bool IsRound { get; init; }
}
