namespace Warehouse.Reports.Excel;

/// <summary>
/// Everything one worksheet will hold, assembled before anything is written: a grid of cells,
/// the native tables placed on it, conditional formats, charts, frozen rows and column widths.
/// <see cref="WorksheetWriter"/> turns it into XML in the order the schema demands.
/// <para>
/// A table at the left edge with nothing below it keeps its rows as it was given them, so a
/// table whose rows are made as they are asked for (<see cref="TableRows"/>) is made row by row
/// while it is written: a national year's facts as cells took 60 MB.
/// </para>
/// </summary>
public sealed class SheetModel
{
    private readonly List<SheetCell[]?> _rows = [];
    private readonly List<(int FirstRow, IReadOnlyList<SheetCell[]> Rows, int Width)> _tableRows = [];
    private readonly List<PlacedTable> _tables = [];
    private readonly List<RangeHighlight> _highlights = [];
    private readonly List<BarChartSpec> _charts = [];
    private readonly Dictionary<int, double> _maximumWidths = [];

    public SheetModel(string name) => Name = ExcelNames.CheckSheetName(name);

    public string Name { get; }

    /// <summary>Rows kept in view while scrolling (the header row of a sheet's table).</summary>
    public int FrozenRows { get; set; }

    /// <summary>Columns kept in view while scrolling sideways (the region's name and code).</summary>
    public int FrozenColumns { get; set; }

    /// <summary>The rows there are, empty ones included: one past the last row with content.</summary>
    public int RowCount => Math.Max(_rows.Count, _tableRows.Count == 0 ? 0 : _tableRows[^1].FirstRow + _tableRows[^1].Rows.Count);

    public IReadOnlyList<PlacedTable> Tables => _tables;

    public IReadOnlyList<RangeHighlight> Highlights => _highlights;

    public IReadOnlyList<BarChartSpec> Charts => _charts;

    /// <summary>Every table's header is on the grid, so the grid is as wide as the sheet.</summary>
    public int ColumnCount => _rows.Count == 0 ? 0 : _rows.Max(row => row?.Length ?? 0);

    /// <summary>The cells of a row, or null for an empty one; a row of a table kept as given is made now.</summary>
    public SheetCell[]? Row(int row)
    {
        if (KeptTableAt(row) is not var (firstRow, rows, width))
        {
            return row < _rows.Count ? _rows[row] : null;
        }

        var cells = rows[row - firstRow];
        return cells.Length <= width ? cells
            : throw new ArgumentException($"Row {row - firstRow + 1} of the table at row {firstRow} of sheet {Name} has {cells.Length} cells for {width} columns.");
    }

    public void Set(int row, int column, SheetCell cell)
    {
        if (KeptTableAt(row) is not null)
        {
            throw new InvalidOperationException($"Row {row} of sheet {Name} belongs to a table that keeps its own rows.");
        }

        Reserve(row, column + 1);
        _rows[row]![column] = cell;
    }

    /// <summary>Makes room for <paramref name="width"/> cells in a row, so that filling it cell by cell does not regrow it.</summary>
    private void Reserve(int row, int width)
    {
        while (_rows.Count <= row)
        {
            _rows.Add(null);
        }

        var cells = _rows[row];
        if ((cells?.Length ?? 0) < width)
        {
            var grown = new SheetCell[width];
            cells?.CopyTo(grown, 0);
            _rows[row] = grown;
        }
    }

    /// <summary>The table kept as given whose rows include <paramref name="row"/>, if any.</summary>
    private (int FirstRow, IReadOnlyList<SheetCell[]> Rows, int Width)? KeptTableAt(int row)
    {
        foreach (var table in _tableRows)
        {
            if (row >= table.FirstRow && row < table.FirstRow + table.Rows.Count)
            {
                return table;
            }
        }

        return null;
    }

    public SheetCell Get(int row, int column) =>
        Row(row) is { } cells && column < cells.Length ? cells[column] : default;

    /// <summary>Caps a column's fitted width, for long free text such as evidence.</summary>
    public void LimitWidth(int column, double maximum) => _maximumWidths[column] = maximum;

    public double? WidthLimit(int column) => _maximumWidths.TryGetValue(column, out var width) ? width : null;

    /// <summary>Writes a table's header and rows with their top-left corner at (row, column).</summary>
    public PlacedTable AddTable(int row, int column, TableSpec table)
    {
        ExcelNames.CheckTableName(table.Name);
        var headers = table.Columns.Select(c => ExcelNames.CheckColumnHeader(c.Header)).ToList();
        var duplicate = headers.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Table {table.Name} has the column '{duplicate.Key}' twice; Excel needs unique column names.", nameof(table));
        }

        for (var c = 0; c < headers.Count; c++)
        {
            Set(row, column + c, SheetCell.Of(headers[c], CellStyle.Header));
        }

        if (column == 0 && row + 1 >= RowCount && table.Rows.Count > 0)
        {
            _tableRows.Add((row + 1, table.Rows, headers.Count));
        }
        else
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cells = table.Rows[r];
                if (cells.Length > headers.Count)
                {
                    throw new ArgumentException($"Row {r + 1} of table {table.Name} has {cells.Length} cells for {headers.Count} columns.", nameof(table));
                }

                Reserve(row + 1 + r, column + cells.Length);
                cells.CopyTo(_rows[row + 1 + r]!, column);
            }
        }

        // Excel keeps at least one data row in a table; an empty table gets one blank row.
        var lastRow = row + Math.Max(table.Rows.Count, 1);
        if (table.Rows.Count == 0)
        {
            Set(lastRow, column, SheetCell.Blank);
        }

        for (var c = 0; c < headers.Count; c++)
        {
            if (table.Columns[c].Highlight != ColumnHighlight.None && table.Rows.Count > 0)
            {
                _highlights.Add(new RangeHighlight(CellReference.Range(row + 1, column + c, lastRow, column + c), table.Columns[c].Highlight));
            }
        }

        var placed = new PlacedTable(table.Name, row, column, lastRow, headers);
        _tables.Add(placed);
        return placed;
    }

    /// <summary>
    /// A bar chart of one or more value columns of a placed table against one label column,
    /// over all its data rows or the <paramref name="rows"/> among them.
    /// </summary>
    public void AddBarChart(string title, PlacedTable table, int labelColumn, IReadOnlyList<int> valueColumns, ChartArea area,
        Range? rows = null, string numberFormat = "0.0")
    {
        var (offset, count) = (rows ?? Range.All).GetOffsetAndLength(table.LastRow - table.FirstRow);
        var firstData = table.FirstRow + 1 + offset;
        var lastData = firstData + count - 1;
        var labels = Enumerable.Range(firstData, count).Select(r => Get(r, table.FirstColumn + labelColumn).Text ?? string.Empty).ToList();
        var series = valueColumns.Select(column => new ChartSeries(
            table.ColumnNames[column],
            CellReference.Absolute(Name, firstData, table.FirstColumn + column, lastData),
            Enumerable.Range(firstData, count).Select(r => Get(r, table.FirstColumn + column) is { Kind: CellKind.Number } value ? value.Number : double.NaN).ToList()))
            .ToList();

        _charts.Add(new BarChartSpec(
            title,
            CellReference.Absolute(Name, firstData, table.FirstColumn + labelColumn, lastData),
            labels,
            series,
            numberFormat,
            area));
    }
}
