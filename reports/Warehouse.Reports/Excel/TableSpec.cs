namespace Warehouse.Reports.Excel;

/// <summary>How a column's values are highlighted: a 3-colour scale (red low, green high) or data bars.</summary>
public enum ColumnHighlight { None, ColourScale, DataBar }

/// <summary>One column of a native Excel table. The header text is also the table column's name.</summary>
public sealed record ColumnSpec(string Header, ColumnHighlight Highlight = ColumnHighlight.None);

/// <summary>
/// A native Excel table (ListObject): a header row, data rows, an autofilter and a table style.
/// </summary>
/// <param name="Name">Workbook-unique table name, e.g. Rankings_County (letters, digits, underscores).</param>
/// <param name="Rows">One array per data row; the sheet may keep an array as its row instead of copying it, so build each row afresh.</param>
public sealed record TableSpec(string Name, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<SheetCell[]> Rows);

/// <summary>Where a table landed on its sheet (zero-based, inclusive; the header is FirstRow).</summary>
public sealed record PlacedTable(string Name, int FirstRow, int FirstColumn, int LastRow, IReadOnlyList<string> ColumnNames)
{
    public int LastColumn => FirstColumn + ColumnNames.Count - 1;

    public string Reference => CellReference.Range(FirstRow, FirstColumn, LastRow, LastColumn);
}

/// <summary>A conditional format over a range of cells.</summary>
public sealed record RangeHighlight(string Range, ColumnHighlight Kind);

/// <summary>
/// A native bar chart of one or more series, anchored over a block of cells. The formulas point
/// at the sheet's cells; the cached values let viewers draw it without recalculating.
/// </summary>
public sealed record BarChartSpec(
    string Title,
    string CategoriesFormula,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string NumberFormat,
    ChartArea Area);

/// <summary>One series of a bar chart: its name, its values and the cells they come from.</summary>
public sealed record ChartSeries(string Name, string Formula, IReadOnlyList<double> Values);

/// <summary>The block of cells a chart covers (zero-based; the chart's corners sit on these cells' top-left corners).</summary>
public sealed record ChartArea(int FromRow, int FromColumn, int ToRow, int ToColumn);
