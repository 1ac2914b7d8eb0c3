namespace Warehouse.Reports.Excel;

/// <summary>
/// Everything one worksheet will hold, assembled before anything is written: a grid of cells,
/// the native tables placed on it, conditional formats, charts, frozen rows and column widths.
/// <see cref="WorksheetWriter"/> turns it into XML in the order the schema demands.
/// </summary>
public sealed class SheetModel
{
    private readonly List<SheetCell[]?> _rows = [];
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

    public IReadOnlyList<SheetCell[]?> Rows => _rows;

    public IReadOnlyList<PlacedTable> Tables => _tables;

    public IReadOnlyList<RangeHighlight> Highlights => _highlights;

    public IReadOnlyList<BarChartSpec> Charts => _charts;

    public int ColumnCount => _rows.Count == 0 ? 0 : _rows.Max(row => row?.Length ?? 0);

    public void Set(int row, int column, SheetCell cell)
    {
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

    public SheetCell Get(int row, int column) =>
        row < _rows.Count && _rows[row] is { } cells && column < cells.Length ? cells[column] : default;

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

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            if (cells.Length > headers.Count)
            {
                throw new ArgumentException($"Row {r + 1} of table {table.Name} has {cells.Length} cells for {headers.Count} columns.", nameof(table));
            }

            // A table at the left edge over empty rows keeps its row arrays as the grid's rows:
            // copying them doubled the facts sheet's memory (a cell for every fact).
            Reserve(row + 1 + r, 0);
            if (column == 0 && _rows[row + 1 + r] is null)
            {
                _rows[row + 1 + r] = cells;
                continue;
            }

            Reserve(row + 1 + r, column + cells.Length);
            cells.CopyTo(_rows[row + 1 + r]!, column);
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
