using System.Text.RegularExpressions;

namespace Warehouse.Reports.Excel;

/// <summary>The naming rules Excel enforces on sheets and tables; breaking them triggers a repair prompt.</summary>
public static partial class ExcelNames
{
    public static string CheckSheetName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0
            || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"'{name}' is not a valid sheet name (1–31 characters, none of []:*?/\\, no leading or trailing quote).", nameof(name));
        }

        return name;
    }

    public static string CheckTableName(string name)
    {
        if (name.Length > 255 || !TableNamePattern().IsMatch(name) || LooksLikeCellReference().IsMatch(name)
            || name.Equals("R", StringComparison.OrdinalIgnoreCase) || name.Equals("C", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid table name (a letter or underscore, then letters, digits, underscores or dots; not a cell reference).", nameof(name));
        }

        return name;
    }

    public static string CheckColumnHeader(string header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 255 || header.IndexOfAny(['\r', '\n']) >= 0)
        {
            throw new ArgumentException($"'{header}' is not a valid table column header (1–255 characters on one line).", nameof(header));
        }

        return header;
    }

    [GeneratedRegex(@"^[\p{L}_\\][\p{L}\p{N}_.]*$")]
    private static partial Regex TableNamePattern();

    [GeneratedRegex(@"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*)$")]
    private static partial Regex LooksLikeCellReference();
}
