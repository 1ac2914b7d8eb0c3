namespace Warehouse.Text;

/// <summary>
/// Normalisation step: traditional → simplified with the OpenCC t2s tables, phrases before
/// characters, longest match first. Only applied to text that is recognisably traditional:
/// a few characters (乾 in 乾县, 於 as a surname) are valid simplified too and must stay.
/// The decision is taken per chunk of lines, so one traditional report in a dump of
/// simplified ones is still converted, and they are not.
/// </summary>
internal sealed class TraditionalToSimplified
{
    /// <summary>Share of CJK characters that must be traditional-only for the text to count as traditional.</summary>
    private const double TraditionalShare = 0.02;

    private const int MinimumTraditionalCharacters = 2;

    /// <summary>Chunks end at the first line break after this many characters.</summary>
    private const int ChunkLength = 1000;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _characters;

    /// <summary>
    /// Per UTF-16 code unit: the length of the longest phrase starting with it (0: none). A
    /// traditional text's every character is looked up here, and only the lengths that can match
    /// are then tried in the phrase table.
    /// </summary>
    private readonly int[] _longestPhraseFrom = new int[char.MaxValue + 1];

    /// <summary>Per UTF-16 code unit: its replacement from the character table, or null (a table lookup per character of a traditional text).</summary>
    private readonly string?[] _characterReplacements = new string?[char.MaxValue + 1];

    /// <summary>
    /// Per UTF-16 code unit: 1 for an ideograph (U+3400–U+9FFF) the tables turn into another one
    /// (looked up once per character of every text).
    /// </summary>
    private readonly byte[] _traditionalOnly = new byte[char.MaxValue + 1];

    public TraditionalToSimplified(ChineseConversionTables tables)
    {
        var phrases = new Dictionary<string, string>(tables.Phrases, StringComparer.Ordinal);
        var characters = new Dictionary<string, string>(tables.Characters, StringComparer.Ordinal);
        _phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _characters = characters.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in phrases.Keys)
        {
            _longestPhraseFrom[key[0]] = Math.Max(_longestPhraseFrom[key[0]], key.Length);
        }

        foreach (var (key, value) in characters)
        {
            if (key.Length == 1)
            {
                _characterReplacements[key[0]] = value;
                _traditionalOnly[key[0]] = value != key && key[0] is >= '\u3400' and <= '\u9FFF' ? (byte)1 : (byte)0;
            }
        }
    }

    /// <summary>True when enough of the text's characters exist only in traditional script.</summary>
    public bool LooksTraditional(string text) => LooksTraditional(text, 0, text.Length);

    private bool LooksTraditional(string text, int start, int end)
    {
        // Counted without branches: this runs over every character of every report.
        var cjk = 0;
        var traditional = 0;
        var traditionalOnly = _traditionalOnly;
        foreach (var c in text.AsSpan(start, end - start))
        {
            cjk += (uint)(c - '\u3400') <= '\u9FFF' - '\u3400' ? 1 : 0;
            traditional += traditionalOnly[c];
        }

        return traditional >= MinimumTraditionalCharacters && traditional >= cjk * TraditionalShare;
    }

    /// <summary>
    /// Converts the chunks of <paramref name="input"/> that look traditional and copies the rest;
    /// null when no chunk looks traditional (the text stays as it is).
    /// </summary>
    public MappedText? Apply(string input)
    {
        var chunks = new List<(int Start, int End, bool Traditional)>();
        var chunkStart = 0;
        while (chunkStart < input.Length)
        {
            var breakAt = chunkStart + ChunkLength < input.Length ? input.IndexOf('\n', chunkStart + ChunkLength) : -1;
            var chunkEnd = breakAt < 0 ? input.Length : breakAt + 1;
            chunks.Add((chunkStart, chunkEnd, LooksTraditional(input, chunkStart, chunkEnd)));
            chunkStart = chunkEnd;
        }

        if (!chunks.Exists(chunk => chunk.Traditional))
        {
            return null;
        }

        var output = new MappedTextBuilder(input.Length);
        foreach (var (start, end, traditional) in chunks)
        {
            if (traditional)
            {
                Convert(input, start, end, output);
            }
            else
            {
                output.AppendUnchanged(input, start, end);
            }
        }

        return output.Build(input.Length);
    }

    private void Convert(string input, int start, int end, MappedTextBuilder output)
    {
        var i = start;
        while (i < end)
        {
            var matched = MatchPhrase(input, i, out var replacement) ?? MatchCharacter(input, i, out replacement);
            if (matched is { } length)
            {
                output.Append(replacement, i, length);
                i += length;
            }
            else
            {
                output.Append(input[i], i);
                i++;
            }
        }
    }

    private int? MatchPhrase(string input, int start, out string replacement)
    {
        replacement = "";
        for (var length = Math.Min(_longestPhraseFrom[input[start]], input.Length - start); length >= 2; length--)
        {
            if (_phrases.TryGetValue(input.AsSpan(start, length), out var found))
            {
                replacement = found;
                return length;
            }
        }

        return null;
    }

    private int? MatchCharacter(string input, int start, out string replacement)
    {
        var length = char.IsHighSurrogate(input[start]) && start + 1 < input.Length ? 2 : 1;
        var found = length == 1 ? _characterReplacements[input[start]] : _characters.TryGetValue(input.AsSpan(start, length), out var pair) ? pair : null;
        if (found is not null)
        {
            replacement = found;
            return length;
        }

        replacement = "";
        return null;
    }
}
