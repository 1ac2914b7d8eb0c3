namespace Warehouse.Extraction.Lexicon;

/// <summary>
/// An indicator named at [Start, End) of the normalised text. Codes has one code, or two for a
/// paired wording (城乡居民…: urban then rural), with SingleLevelCode for a lone level.
/// </summary>
public sealed record IndicatorMention(int Start, int End, IReadOnlyList<string> Codes, string? SingleLevelCode)
{
    public bool IsPair => Codes.Count == 2;
}
