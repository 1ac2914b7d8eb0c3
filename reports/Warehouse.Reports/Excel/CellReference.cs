namespace Warehouse.Reports.Excel;

/// <summary>A1-style references from zero-based row and column numbers.</summary>
public static class CellReference
{
    // Letters of the first columns, computed once: every cell written needs its reference.
    private static readonly string[] CommonColumns = Enumerable.Range(0, 256).Select(Letters).ToArray();

    public static string Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        return column < CommonColumns.Length ? CommonColumns[column] : Letters(column);
    }

    private static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Of(int row, int column) => Column(column) + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        Of(firstRow, firstColumn) + ":" + Of(lastRow, lastColumn);

    /// <summary>An absolute, sheet-qualified range for chart formulas: 'Sheet'!$A$2:$A$11.</summary>
    public static string Absolute(string sheetName, int firstRow, int column, int lastRow) =>
        $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${Column(column)}${firstRow + 1}:${Column(column)}${lastRow + 1}";
}
