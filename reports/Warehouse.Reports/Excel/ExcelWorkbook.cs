using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// A workbook being written: create it, add sheets in tab order, then <see cref="Save"/>.
/// Holds the figure formats and shared strings the sheets use, and the names already used,
/// so that sheet and table names stay unique across the workbook.
/// </summary>
public sealed class ExcelWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbookPart;
    private readonly SharedStrings _strings = new();
    private readonly FigureStyles _figureStyles = new();
    private readonly WorksheetWriter _sheetWriter;
    private readonly List<Sheet> _sheets = [];
    private readonly HashSet<string> _sheetNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _tableNames = new(StringComparer.OrdinalIgnoreCase);
    private uint _lastTableId;

    private ExcelWorkbook(SpreadsheetDocument document)
    {
        _document = document;
        _workbookPart = document.AddWorkbookPart();
        _sheetWriter = new WorksheetWriter(_strings, _figureStyles, () => ++_lastTableId);
    }

    public static ExcelWorkbook Create(string path) =>
        new(SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook));

    public void Add(SheetModel sheet)
    {
        if (!_sheetNames.Add(sheet.Name))
        {
            throw new ArgumentException($"The workbook already has a sheet named '{sheet.Name}'.", nameof(sheet));
        }

        foreach (var table in sheet.Tables)
        {
            if (!_tableNames.Add(table.Name))
            {
                throw new ArgumentException($"The workbook already has a table named '{table.Name}'.", nameof(sheet));
            }
        }

        var part = _workbookPart.AddNewPart<WorksheetPart>();
        _sheetWriter.Write(part, sheet, selected: _sheets.Count == 0);
        _sheets.Add(new Sheet { Name = sheet.Name, SheetId = (uint)(_sheets.Count + 1), Id = _workbookPart.GetIdOfPart(part) });
    }

    /// <summary>Writes the stylesheet, the shared strings and the workbook part; call once, after the last sheet.</summary>
    public void Save()
    {
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        _workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStylesheet.Create(_figureStyles.Formats);
        _strings.WriteTo(_workbookPart.AddNewPart<SharedStringTablePart>());
        _workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new DocumentFormat.OpenXml.Spreadsheet.Sheets(_sheets.Select(sheet => (OpenXmlElement)sheet.CloneNode(true))));
        _workbookPart.Workbook.Save();
    }

    public void Dispose() => _document.Dispose();
}
