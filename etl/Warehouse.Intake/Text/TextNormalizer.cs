namespace Warehouse.Text;

/// <summary>
/// Turns raw report text into the text the extractor reads: full-width forms folded to ASCII,
/// traditional → simplified (OpenCC t2s) when the text is traditional, whitespace debris
/// removed. Keeps a map from every normalised character back to the raw text
/// (<see cref="NormalizedText.RawIndex"/>). Build one and reuse it: it holds the loaded tables.
/// </summary>
public sealed class TextNormalizer
{
    private readonly CharacterFolding _folding;
    private readonly TraditionalToSimplified _toSimplified;
    private readonly WhitespaceCleanup _whitespace = new();

    public TextNormalizer()
        : this(ChineseConversionTables.Load())
    {
    }

    public TextNormalizer(ChineseConversionTables tables)
    {
        _folding = new CharacterFolding(tables.Compatibility);
        _toSimplified = new TraditionalToSimplified(tables);
    }

    public NormalizedText Normalize(string raw)
    {
        var folded = _folding.Apply(raw);
        var map = folded.SourceIndex;
        var text = folded.Text;

        var simplified = _toSimplified.Apply(text);
        map = simplified.ComposeOnto(map);
        text = simplified.Text;

        var cleaned = _whitespace.Apply(text);
        return new NormalizedText(raw, cleaned.Text, cleaned.ComposeOnto(map));
    }

    /// <summary>Whether <see cref="Normalize"/> would convert this text from traditional characters.</summary>
    public bool LooksTraditional(string raw) => _toSimplified.LooksTraditional(_folding.Apply(raw).Text);
}
