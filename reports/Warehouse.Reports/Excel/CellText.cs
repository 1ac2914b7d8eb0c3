using System.Text;

namespace Warehouse.Reports.Excel;

/// <summary>
/// Makes any text safe to store in a cell: characters XML cannot carry (control characters,
/// lone surrogates from broken decodes) are dropped, and text longer than a cell holds is cut.
/// Report text is noisy; a bad character must not cost the whole workbook.
/// </summary>
public static class CellText
{
    /// <summary>Excel's limit on characters in one cell.</summary>
    public const int MaximumLength = 32_767;

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaximumLength));
        for (var i = 0; i < text.Length && builder.Length < MaximumLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > MaximumLength)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else if (IsXmlCharacter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        if (text.Length > MaximumLength)
        {
            return false;
        }

        // Nearly all report text lies below the surrogates and above the control characters: one vectorised scan.
        if (!text.AsSpan().ContainsAnyExceptInRange('\u0020', '\uD7FF'))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsXmlCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsXmlCharacter(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c));
}
