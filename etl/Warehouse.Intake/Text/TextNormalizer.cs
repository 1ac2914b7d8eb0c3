namespace Warehouse.Text;

/// <summary>
/// Turns raw report text into the text the extractor reads: full-width forms folded to ASCII,
/// reading glosses dropped (實(shí)), ideographic full stops used as decimal points repaired (9。5%),
/// traditional → simplified (OpenCC t2s) when the text is traditional, whitespace debris
/// removed, hard-wrapped lines joined. Keeps a map from every normalised character back to the raw text
/// (<see cref="NormalizedText.RawIndex"/>). Build one and reuse it: it holds the loaded tables.
/// </summary>
public sealed class TextNormalizer
{
    private readonly CharacterFolding _folding;
    private readonly ReadingGlosses _glosses;
    private readonly TraditionalToSimplified _toSimplified;
    private readonly WhitespaceCleanup _whitespace = new();
    private readonly LineUnwrapping _unwrapping = new();

    public TextNormalizer()
        : this(ChineseConversionTables.Load())
    {
    }

    public TextNormalizer(ChineseConversionTables tables)
    {
        _folding = new CharacterFolding(tables.Compatibility);
        _glosses = new ReadingGlosses(tables.Characters);
        _toSimplified = new TraditionalToSimplified(tables);
    }

    public NormalizedText Normalize(string raw)
    {
        var folded = _folding.Apply(raw);
        var map = folded.SourceIndex;

        var text = folded.Text;
        if (_glosses.Apply(text) is { } unglossed)
        {
            map = unglossed.ComposeOnto(map);
            text = unglossed.Text;
        }

        text = DecimalPoints.Repair(text);

        if (_toSimplified.Apply(text) is { } simplified)
        {
            map = simplified.ComposeOnto(map);
            text = simplified.Text;
        }

        var cleaned = _whitespace.Apply(text);
        map = cleaned.ComposeOnto(map);
        text = cleaned.Text;
        if (_unwrapping.Apply(text) is { } unwrapped)
        {
            map = unwrapped.ComposeOnto(map);
            text = unwrapped.Text;
        }

        return new NormalizedText(raw, text, map ?? NormalizedText.IdentityIndex(text.Length));
    }

    /// <summary>Whether <see cref="Normalize"/> would convert this text from traditional characters.</summary>
    public bool LooksTraditional(string raw) => _toSimplified.LooksTraditional(_folding.Apply(raw).Text);
}
