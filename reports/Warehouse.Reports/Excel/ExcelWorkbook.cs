using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// A workbook being written: create it, add sheets in tab order, then <see cref="Save"/>.
/// Holds the figure formats and shared strings the sheets use, and the names already used,
/// so that sheet and table names stay unique across the workbook.
/// </summary>
public sealed class ExcelWorkbook : IDisposable
{
    private readonly FileStream _file;
    private readonly ExcelPackage _package;
    private readonly SharedStrings _strings = new();
    private readonly FigureStyles _figureStyles = new();
    private readonly WorksheetWriter _sheetWriter;
    private readonly List<(string Name, Uri Part)> _sheets = [];
    private readonly HashSet<string> _sheetNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _tableNames = new(StringComparer.OrdinalIgnoreCase);
    private uint _lastTableId;

    private ExcelWorkbook(FileStream file, string? stamp)
    {
        _file = file;
        _package = new ExcelPackage(file, stamp);
        _sheetWriter = new WorksheetWriter(_package, _strings, _figureStyles, () => ++_lastTableId);
    }

    /// <summary>
    /// The file is ours, not the package's: when closing the package fails (a full disk) the file
    /// must still be closed, or a scheduler process would hold the space for good.
    /// </summary>
    /// <param name="stamp">What the workbook was made from (<see cref="WorkbookStamps"/>), kept in its core properties; null for none.</param>
    public static ExcelWorkbook Create(string path, string? stamp = null)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        try
        {
            return new ExcelWorkbook(file, stamp);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

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

        var uri = _package.Reserve(ExcelPartType.Worksheet);
        _sheetWriter.Write(_package.Create(uri, ExcelPartType.Worksheet), sheet, selected: _sheets.Count == 0);
        _sheets.Add((sheet.Name, uri));
    }

    /// <summary>Writes the stylesheet, the shared strings and the workbook part; call once, after the last sheet.</summary>
    public void Save()
    {
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        var workbookUri = _package.Reserve(ExcelPartType.Workbook);
        var workbookPart = _package.Create(workbookUri, ExcelPartType.Workbook);
        _package.Relate(null, workbookUri, ExcelPartType.Workbook);
        var sheets = _sheets.Select((sheet, i) => new Sheet
        {
            Name = sheet.Name,
            SheetId = (uint)(i + 1),
            Id = _package.Relate(workbookPart, sheet.Part, ExcelPartType.Worksheet),
        });
        var stylesUri = _package.Reserve(ExcelPartType.Styles);
        var stringsUri = _package.Reserve(ExcelPartType.SharedStrings);
        _package.Relate(workbookPart, stylesUri, ExcelPartType.Styles);
        _package.Relate(workbookPart, stringsUri, ExcelPartType.SharedStrings);
        ExcelPackage.Write(workbookPart, new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), new DocumentFormat.OpenXml.Spreadsheet.Sheets(sheets)));
        ExcelPackage.Write(_package.Create(stylesUri, ExcelPartType.Styles), WorkbookStylesheet.Create(_figureStyles.Formats));
        _strings.WriteTo(_package.Create(stringsUri, ExcelPartType.SharedStrings));
    }

    public void Dispose()
    {
        try
        {
            _package.Dispose();
        }
        finally
        {
            _file.Dispose();
        }
    }
}
