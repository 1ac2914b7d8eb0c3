namespace Warehouse.Reports.Excel;

/// <summary>What a cell holds. There is deliberately no "formula" kind: nothing we write is ever evaluated.</summary>
public enum CellKind { Blank, Text, Number }

/// <summary>
/// One cell's content and style. Text is always written as a string cell, so report text that
/// starts with =, +, - or @ stays text. Missing numbers become blank cells, never 0. A figure
/// from a report carries its own <see cref="FigureFormat"/> instead of a fixed style.
/// </summary>
public readonly record struct SheetCell(CellKind Kind, string? Text, double Number, CellStyle Style, CellLink? Link)
{
    public FigureFormat? Format { get; init; }

    public static SheetCell Blank { get; } = new(CellKind.Blank, null, 0, CellStyle.Default, null);

    public static SheetCell Of(string? text, CellStyle style = CellStyle.Text) =>
        string.IsNullOrEmpty(text)
            ? new(CellKind.Blank, null, 0, style, null)
            : new(CellKind.Text, text, 0, style, null);

    public static SheetCell Of(double? number, CellStyle style) =>
        number is double value && double.IsFinite(value)
            ? new(CellKind.Number, null, value, style, null)
            : new(CellKind.Blank, null, 0, style, null);

    public static SheetCell Of(long? number) => Of((double?)number, CellStyle.Integer);

    /// <summary>A figure shown as precisely as it was given, with its qualifier's <paramref name="sign"/> (≥, ≤, ≈) before it.</summary>
    public static SheetCell Figure(double? number, FigureSign sign = FigureSign.None) =>
        number is double value && double.IsFinite(value)
            ? new(CellKind.Number, null, value, CellStyle.Default, null) { Format = FigureFormat.Of(value, sign) }
            : Blank;

    public static SheetCell Of(DateTime? moment, CellStyle style = CellStyle.DateTime) =>
        moment is DateTime value ? Of(value.ToOADate(), style) : Of((double?)null, style);

    /// <summary>The same cell, clickable: a jump to another sheet or a link to a file.</summary>
    public SheetCell LinkedTo(CellLink? link) =>
        link is null ? this : this with { Link = link, Style = Kind == CellKind.Text ? CellStyle.Link : Style };
}

/// <summary>Where a hyperlink goes: a cell in this workbook (a location) or a file or URL outside it.</summary>
public sealed record CellLink(string Target, bool IsExternal)
{
    public static CellLink ToCell(string sheetName, string cellReference) =>
        new($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!{cellReference}", IsExternal: false);

    /// <summary>A link to a source file, or null when the path cannot be expressed as a URI.</summary>
    public static CellLink? ToFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (Path.IsPathRooted(path))
        {
            return Uri.TryCreate(path, UriKind.Absolute, out var uri) ? new CellLink(uri.AbsoluteUri, IsExternal: true) : null;
        }

        // Relative paths stay relative (to the workbook's folder), each segment escaped.
        var segments = path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString);
        return new CellLink(string.Join('/', segments), IsExternal: true);
    }
}
