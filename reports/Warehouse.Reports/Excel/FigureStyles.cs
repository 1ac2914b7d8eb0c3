namespace Warehouse.Reports.Excel;

/// <summary>
/// The figure formats a workbook uses, each given a cell style index after the fixed styles of
/// <see cref="CellStyle"/> as cells are written; the stylesheet is written last, with them all.
/// </summary>
internal sealed class FigureStyles
{
    private readonly Dictionary<FigureFormat, uint> _styles = [];
    private readonly List<FigureFormat> _formats = [];

    public IReadOnlyList<FigureFormat> Formats => _formats;

    public uint StyleOf(FigureFormat format)
    {
        if (!_styles.TryGetValue(format, out var style))
        {
            style = (uint)(WorkbookStylesheet.FixedStyleCount + _formats.Count);
            _formats.Add(format);
            _styles.Add(format, style);
        }

        return style;
    }
}
