namespace Warehouse.Text;

/// <summary>
/// Builds the output of one normalisation step together with, for each output character, the
/// index of the input character it came from. Steps only ever append in input order, so the map
/// never decreases.
/// </summary>
internal sealed class MappedTextBuilder(int capacity)
{
    // Plain arrays rather than a StringBuilder and a List: every character of every report passes
    // through here several times, so an append is two stores.
    private char[] _text = new char[Math.Max(capacity, 16)];
    private int[] _sourceIndex = new int[Math.Max(capacity, 16) + 1];

    public int Length { get; private set; }

    public char this[int index] => index < Length ? _text[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Append(char c, int sourceIndex)
    {
        if (Length == _text.Length)
        {
            Grow(Length + 1);
        }

        _text[Length] = c;
        _sourceIndex[Length] = sourceIndex;
        Length++;
    }

    /// <summary>Appends the input characters [start, end) unchanged, each mapped to its own index.</summary>
    public void AppendUnchanged(string input, int start, int end)
    {
        var count = end - start;
        if (Length + count > _text.Length)
        {
            Grow(Length + count);
        }

        input.AsSpan(start, count).CopyTo(_text.AsSpan(Length));
        var indices = _sourceIndex.AsSpan(Length, count);
        for (var k = 0; k < indices.Length; k++)
        {
            indices[k] = start + k;
        }

        Length += count;
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, _text.Length * 2);
        Array.Resize(ref _text, capacity);
        Array.Resize(ref _sourceIndex, capacity + 1);
    }

    /// <summary>
    /// Appends a replacement for the input span [sourceStart, sourceStart + sourceLength): output
    /// character k maps to input character k where both exist, to the span's last one beyond.
    /// </summary>
    public void Append(ReadOnlySpan<char> replacement, int sourceStart, int sourceLength)
    {
        for (var k = 0; k < replacement.Length; k++)
        {
            Append(replacement[k], sourceStart + Math.Min(k, Math.Max(0, sourceLength - 1)));
        }
    }

    public void RemoveLast()
    {
        if (Length == 0)
        {
            throw new InvalidOperationException("nothing to remove");
        }

        Length--;
    }

    public MappedText Build(int inputLength)
    {
        // A step that kept the length hands over its map; a report's map is too big to copy lightly.
        var sourceIndex = _sourceIndex.Length == Length + 1 ? _sourceIndex : _sourceIndex.AsSpan(0, Length + 1).ToArray();
        sourceIndex[Length] = inputLength;
        return new MappedText(new string(_text, 0, Length), sourceIndex);
    }
}

/// <summary>The output of one normalisation step and, per character (plus one past the end), its input index.</summary>
internal sealed record MappedText(string Text, int[] SourceIndex)
{
    /// <summary>
    /// Follows this step's map through the previous step's map, back to the first input. The
    /// composed map overwrites this step's: each step's map is composed once and then dropped, and
    /// a report's map is too big to allocate again for every step.
    /// </summary>
    public int[] ComposeOnto(int[] previous)
    {
        for (var i = 0; i < SourceIndex.Length; i++)
        {
            SourceIndex[i] = previous[SourceIndex[i]];
        }

        return SourceIndex;
    }
}
