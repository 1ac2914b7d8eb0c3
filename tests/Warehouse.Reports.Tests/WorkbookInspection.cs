using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Warehouse.Reports.Tests;

/// <summary>Reads written workbooks back with the SDK: validation errors, cell values, raw XML.</summary>
internal static class WorkbookInspection
{
    public static IReadOnlyList<string> ValidationErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>A sheet as rows of displayed-independent values: strings resolved, numbers as text, blanks as null.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Cells(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var part = WorksheetPart(document, sheetName);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var rowIndex = (int)row.RowIndex!.Value - 1;
            while (rows.Count < rowIndex)
            {
                rows.Add([]);
            }

            var cells = new List<string?>();
            foreach (var (column, cell) in Placed(row))
            {
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                var value = cell.CellValue?.Text;
                cells.Add(cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture)] : value);
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>The number format code of a cell (General when it has none), from the workbook's stylesheet.</summary>
    public static string NumberFormat(string path, string sheetName, int row, int column)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var cell = CellAt(WorksheetPart(document, sheetName), row, column);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
            ?? (id == 0 ? "General" : $"built-in {id}");
    }

    public static Pane? FrozenPane(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return (Pane?)WorksheetPart(document, sheetName).Worksheet.Descendants<Pane>().SingleOrDefault()?.CloneNode(true);
    }

    public static string SheetXml(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return WorksheetPart(document, sheetName).Worksheet.OuterXml;
    }

    public static WorksheetPart WorksheetPart(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    /// <summary>The cell at zero-based <paramref name="row"/> and <paramref name="column"/>.</summary>
    public static Cell CellAt(WorksheetPart part, int row, int column) =>
        part.Worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value == row + 1).SelectMany(Placed).Single(placed => placed.Column == column).Cell;

    /// <summary>
    /// The row's cells with their zero-based columns. A cell may omit its reference: it then
    /// follows the cell before it (ECMA-376 §18.3.1.4).
    /// </summary>
    private static IEnumerable<(int Column, Cell Cell)> Placed(Row row)
    {
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
            yield return (column, cell);
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
