using System.Globalization;

namespace Warehouse.Reports.Excel;

/// <summary>
/// Column widths that fit their content, measured in Excel character units. East Asian wide
/// characters (Chinese, full-width forms) take two units, as they do on screen.
/// </summary>
public static class ColumnWidths
{
    public const double Minimum = 6;
    public const double Maximum = 60;

    /// <summary>Room beside the content, in character units.</summary>
    public const int Padding = 2;

    /// <summary>Display width of a text: 2 per wide character, 1 per other character.</summary>
    public static int DisplayWidth(string text) => DisplayWidth(text, int.MaxValue);

    /// <summary>
    /// As <see cref="DisplayWidth(string)"/>, but counting stops at <paramref name="enough"/>:
    /// no column is wider than <see cref="Maximum"/>, and evidence text runs to hundreds of characters.
    /// </summary>
    private static int DisplayWidth(ReadOnlySpan<char> text, int enough)
    {
        var width = 0;
        for (var i = 0; i < text.Length && width < enough; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width += IsWide(char.ConvertToUtf32(text[i], text[i + 1])) ? 2 : 1;
                i++;
            }
            else
            {
                width += IsWide(text[i]) ? 2 : 1;
            }
        }

        return width;
    }

    /// <summary>The width a cell needs as it will be shown (numbers in their format).</summary>
    public static int DisplayWidth(SheetCell cell) => cell.Kind switch
    {
        CellKind.Text => DisplayWidth(FirstLine(cell.Text!), (int)Maximum),
        CellKind.Number when cell.Format is { } figure => figure.DisplayWidth(cell.Number),
        CellKind.Number => cell.Style switch
        {
            CellStyle.Date => 10,
            CellStyle.DateTime => 16,
            CellStyle.Integer => NumberWidth(cell.Number, decimals: 0, separators: true),
            CellStyle.OneDecimal => NumberWidth(cell.Number, decimals: 1, separators: false),
            CellStyle.Amount => NumberWidth(cell.Number, decimals: 2, separators: true),
            _ => cell.Number.ToString("G10", CultureInfo.InvariantCulture).Length,
        },
        _ => 0,
    };

    // Counted, not formatted: a 60,000-row sheet would otherwise format a million numbers just to measure them.
    private static int NumberWidth(double value, int decimals, bool separators)
    {
        var magnitude = Math.Abs(value);
        var digits = magnitude < 1 ? 1 : (int)Math.Floor(Math.Log10(magnitude)) + 1;
        return (value < 0 ? 1 : 0) + digits + (separators ? (digits - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0);
    }

    /// <summary>Column width for content this wide, with room for padding, clamped to a readable range.</summary>
    public static double Fit(int displayWidth) => Math.Clamp(displayWidth + Padding, Minimum, Maximum);

    private static ReadOnlySpan<char> FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text.AsSpan(0, end);
    }

    // Unicode East Asian Width W and F ranges that occur in Chinese text.
    private static bool IsWide(int codePoint) =>
        codePoint is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
