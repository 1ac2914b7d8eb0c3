using System.Buffers;
using System.Text;

namespace Warehouse.Sources;

/// <summary>The outcome of decoding a file's bytes: text and encoding name, or why it failed.</summary>
public sealed record DecodeResult(string? Text, string? Encoding, string? Failure);

/// <summary>
/// Decodes the bytes of a text or HTML file: UTF-8 (with or without BOM), UTF-16 LE/BE (with
/// BOM, or recognised by its zero bytes), else GB18030, a superset of GBK and GB2312 and what
/// Chinese sites use when they are not UTF-8. Binary content (NUL bytes, many control
/// characters) is refused rather than decoded into noise.
/// </summary>
public static class TextDecoder
{
    /// <summary>Share of control characters above which decoded "text" is really binary.</summary>
    private const double MaxControlShare = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static DecodeResult Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Failed("empty file");
        }

        var (encoding, name, bomLength) = DetectEncoding(bytes);
        if (encoding is null)
        {
            return Failed("binary content (NUL bytes)");
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException) when (name == "utf-8" && bomLength == 0)
        {
            if (MostlyUtf8(bytes) is { } repaired)
            {
                return repaired;
            }

            try
            {
                text = Gb18030Revision2022.Apply(StrictGb18030.Value.GetString(bytes));
                name = "gb18030";
            }
            catch (DecoderFallbackException e)
            {
                return Failed($"undecodable: neither UTF-8 nor GB18030 (bad bytes at offset {e.Index})");
            }
        }
        catch (DecoderFallbackException e)
        {
            return Failed($"undecodable as {name} (bad bytes at offset {e.Index})");
        }

        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            return Failed("empty file (whitespace only)");
        }

        var control = CountControlCharacters(text);
        return control > text.Length * MaxControlShare
            ? Failed($"binary content ({control} control characters in {text.Length})")
            : new DecodeResult(text, name, null);
    }

    /// <summary>
    /// UTF-8 with a few damaged bytes (a truncated download, a bad copy) is still UTF-8: decoding
    /// it as GB18030 would turn every character into two wrong ones. GBK text read as UTF-8 fails
    /// on most characters, so a handful of failures in a large file is damage, not another encoding.
    /// </summary>
    private static DecodeResult? MostlyUtf8(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var replaced = text.AsSpan().Count('\uFFFD');
        return replaced <= Math.Max(1, bytes.Length / 1000)
            ? new DecodeResult(text, $"utf-8 ({replaced} invalid byte sequences replaced by U+FFFD)", null)
            : null;
    }

    private static (Encoding? Encoding, string Name, int BomLength) DetectEncoding(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (StrictUtf8, "utf-8", 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le", 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be", 2);
        }

        return CountZeros(bytes) switch
        {
            (0, 0) => (StrictUtf8, "utf-8", 0),
            var (even, odd) when LooksLikeUtf16(bytes.Length, zerosHere: odd, zerosThere: even) =>
                (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le", 0),
            var (even, odd) when LooksLikeUtf16(bytes.Length, zerosHere: even, zerosThere: odd) =>
                (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be", 0),
            _ => (null, "binary", 0),
        };
    }

    /// <summary>
    /// UTF-16 without a BOM: ASCII characters (digits, punctuation, line breaks) put zero bytes in
    /// every other position and almost never in the other. Chinese-only text has few zeros at all,
    /// so this only claims files where a fair share of one side is zero.
    /// </summary>
    private static bool LooksLikeUtf16(int length, int zerosHere, int zerosThere) =>
        length % 2 == 0 && zerosHere >= length / 2 / 10 && zerosThere == 0;

    private static (int Even, int Odd) CountZeros(byte[] bytes)
    {
        // Most files hold no zero byte at all: one vectorised search tells.
        if (!bytes.AsSpan().Contains((byte)0))
        {
            return (0, 0);
        }

        var even = 0;
        var odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        return (even, odd);
    }

    /// <summary>
    /// What counts as a control character in text: char.IsControl (U+0000–U+001F, U+007F–U+009F)
    /// but for line breaks and tabs (U+0009–U+000D), and the replacement character U+FFFD.
    /// </summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) || c == '\uFFFD')]);

    private static int CountControlCharacters(string text)
    {
        // A vectorised search from one to the next: most texts hold none.
        var count = 0;
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(ControlCharacters); next >= 0; next = rest.IndexOfAny(ControlCharacters))
        {
            count++;
            rest = rest[(next + 1)..];
        }

        return count;
    }

    private static DecodeResult Failed(string reason) => new(null, null, reason);
}
