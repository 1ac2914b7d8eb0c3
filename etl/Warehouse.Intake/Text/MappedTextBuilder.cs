using System.Buffers;

namespace Warehouse.Text;

/// <summary>
/// Builds the output of one normalisation step together with, for each output character, the
/// index of the input character it came from. Steps only ever append in input order, so the map
/// never decreases. Used once: <see cref="Build"/> hands the result over and the builder is done.
/// </summary>
internal sealed class MappedTextBuilder(int capacity)
{
    // Pooled plain arrays rather than a StringBuilder and a List: every character of every report
    // passes through here several times, so an append is a few stores, and the buffers are reused
    // from report to report instead of being allocated (and cleared) for each.
    private char[] _text = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    // Null as long as every output character is the input character at the same index: most steps
    // change no lengths in most reports, and such a step needs no map at all.
    private int[]? _sourceIndex;

    public int Length { get; private set; }

    public char this[int index] => index < Length ? _text[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Append(char c, int sourceIndex)
    {
        if (Length == _text.Length)
        {
            Grow(Length + 1);
        }

        _text[Length] = c;
        if (_sourceIndex is not null || sourceIndex != Length)
        {
            Map()[Length] = sourceIndex;
        }

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
        if (_sourceIndex is not null || start != Length)
        {
            var indices = Map().AsSpan(Length, count);
            for (var k = 0; k < indices.Length; k++)
            {
                indices[k] = start + k;
            }
        }

        Length += count;
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
        var text = new string(_text, 0, Length);
        int[]? sourceIndex = null;
        if (_sourceIndex is not null || Length != inputLength)
        {
            sourceIndex = GC.AllocateUninitializedArray<int>(Length + 1);
            Map().AsSpan(0, Length).CopyTo(sourceIndex);
            sourceIndex[Length] = inputLength;
            ArrayPool<int>.Shared.Return(_sourceIndex!);
            _sourceIndex = null;
        }

        ArrayPool<char>.Shared.Return(_text);
        _text = [];
        return new MappedText(text, sourceIndex);
    }

    /// <summary>The map, written out for the characters so far (each its own index) when this is its first use.</summary>
    private int[] Map()
    {
        if (_sourceIndex is null)
        {
            _sourceIndex = ArrayPool<int>.Shared.Rent(_text.Length + 1);
            for (var k = 0; k < Length; k++)
            {
                _sourceIndex[k] = k;
            }
        }

        return _sourceIndex;
    }

    private void Grow(int needed)
    {
        var text = ArrayPool<char>.Shared.Rent(Math.Max(needed, _text.Length * 2));
        _text.AsSpan(0, Length).CopyTo(text);
        ArrayPool<char>.Shared.Return(_text);
        _text = text;
        if (_sourceIndex is not null)
        {
            var sourceIndex = ArrayPool<int>.Shared.Rent(text.Length + 1);
            _sourceIndex.AsSpan(0, Length).CopyTo(sourceIndex);
            ArrayPool<int>.Shared.Return(_sourceIndex);
            _sourceIndex = sourceIndex;
        }
    }
}

/// <summary>
/// The output of one normalisation step and, per character (plus one past the end), its input
/// index; null when every character is the input character at its own index (nothing moved).
/// </summary>
internal sealed record MappedText(string Text, int[]? SourceIndex)
{
    /// <summary>
    /// Follows this step's map through the previous step's map (null: nothing moved), back to the
    /// first input. The composed map overwrites this step's: each step's map is composed once and
    /// then dropped, and a report's map is too big to allocate again for every step.
    /// </summary>
    public int[]? ComposeOnto(int[]? previous)
    {
        if (SourceIndex is null || previous is null)
        {
            return SourceIndex ?? previous;
        }

        for (var i = 0; i < SourceIndex.Length; i++)
        {
            SourceIndex[i] = previous[SourceIndex[i]];
        }

        return SourceIndex;
    }
}
