using System.Text;

namespace Warehouse.Text;

/// <summary>
/// Builds the output of one normalisation step together with, for each output character, the
/// index of the input character it came from. Steps only ever append in input order, so the map
/// never decreases.
/// </summary>
internal sealed class MappedTextBuilder(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly List<int> _sourceIndex = new(capacity + 1);

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public void Append(char c, int sourceIndex)
    {
        _text.Append(c);
        _sourceIndex.Add(sourceIndex);
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
        _text.Length--;
        _sourceIndex.RemoveAt(_sourceIndex.Count - 1);
    }

    public MappedText Build(int inputLength)
    {
        _sourceIndex.Add(inputLength);
        return new MappedText(_text.ToString(), [.. _sourceIndex]);
    }
}

/// <summary>The output of one normalisation step and, per character (plus one past the end), its input index.</summary>
internal sealed record MappedText(string Text, int[] SourceIndex)
{
    /// <summary>Follows this step's map through the previous step's map, back to the first input.</summary>
    public int[] ComposeOnto(int[] previous)
    {
        var composed = new int[SourceIndex.Length];
        for (var i = 0; i < SourceIndex.Length; i++)
        {
            composed[i] = previous[SourceIndex[i]];
        }

        return composed;
    }
}
