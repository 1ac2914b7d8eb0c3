using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// Streams one <see cref="SheetModel"/> into its WorksheetPart with OpenXmlWriter (SAX), so a
/// 60,000-row sheet never sits in memory as a DOM. The worksheet's children are written in
/// the schema's order (sheetViews, sheetFormatPr, cols, sheetData, conditionalFormatting,
/// hyperlinks, pageMargins, drawing, tableParts); getting it wrong is Excel's repair prompt.
/// </summary>
internal sealed class WorksheetWriter(SharedStrings strings, FigureStyles figureStyles, Func<uint> nextTableId)
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public void Write(WorksheetPart part, SheetModel sheet, bool selected)
    {
        var hyperlinks = LinkRelationships(part, sheet);
        var tableIds = sheet.Tables.Select(table => AddTablePart(part, table)).ToList();
        var drawingId = sheet.Charts.Count > 0 ? BarChartWriter.AddDrawing(part, sheet.Charts) : null;

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipNamespace)]);

        // Printed (and converted to PDF) one page wide, landscape, however many pages tall.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(SheetViews(sheet, selected));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (sheet.ColumnCount > 0)
        {
            writer.WriteElement(Columns(sheet));
        }

        WriteSheetData(writer, sheet);

        var priority = 1;
        foreach (var highlight in sheet.Highlights)
        {
            writer.WriteElement(ConditionalFormat(highlight, priority++));
        }

        if (hyperlinks.Count > 0)
        {
            writer.WriteStartElement(new Hyperlinks());
            foreach (var hyperlink in hyperlinks)
            {
                writer.WriteStartElement(new Hyperlink(), hyperlink);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (drawingId is not null)
        {
            writer.WriteElement(new Drawing { Id = drawingId });
        }

        if (tableIds.Count > 0)
        {
            writer.WriteElement(new TableParts(tableIds.Select(id => new TablePart { Id = id })) { Count = (uint)tableIds.Count });
        }

        writer.WriteEndElement();
    }

    private static SheetViews SheetViews(SheetModel sheet, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            // The pane that scrolls both ways is bottom-right; with only rows or only columns frozen it is the other half.
            var topLeft = CellReference.Of(sheet.FrozenRows, sheet.FrozenColumns);
            var active = (sheet.FrozenRows > 0, sheet.FrozenColumns > 0) switch
            {
                (true, true) => PaneValues.BottomRight,
                (true, false) => PaneValues.BottomLeft,
                _ => PaneValues.TopRight,
            };
            var pane = new Pane { TopLeftCell = topLeft, ActivePane = active, State = PaneStateValues.Frozen };
            if (sheet.FrozenColumns > 0)
            {
                pane.HorizontalSplit = sheet.FrozenColumns;
            }

            if (sheet.FrozenRows > 0)
            {
                pane.VerticalSplit = sheet.FrozenRows;
            }

            view.Append(pane, new Selection { Pane = active, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new SheetViews(view);
    }

    private static Columns Columns(SheetModel sheet)
    {
        var widths = new int[sheet.ColumnCount];
        var filterColumns = sheet.Tables.SelectMany(t => Enumerable.Range(t.FirstColumn, t.ColumnNames.Count).Select(c => (Row: t.FirstRow, Column: c))).ToHashSet();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r] is not { } cells)
            {
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                // Titles and notes may run across empty neighbours; they do not widen their column.
                if (cells[c].Style is CellStyle.Title or CellStyle.Heading or CellStyle.Wrapped or CellStyle.Note)
                {
                    continue;
                }

                // A header cell needs room for its filter button.
                var width = ColumnWidths.DisplayWidth(cells[c]) + (filterColumns.Contains((r, c)) ? 3 : 0);
                widths[c] = Math.Max(widths[c], width);
            }
        }

        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            var width = ColumnWidths.Fit(widths[c]);
            width = Math.Min(width, sheet.WidthLimit(c) ?? width);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private void WriteSheetData(OpenXmlWriter writer, SheetModel sheet)
    {
        // The writer only reads an element's name, so one instance of each serves every row and cell.
        var row = new Row();
        var cell = new Cell();
        var value = new CellValue();
        var attributes = new List<OpenXmlAttribute>(3);
        writer.WriteStartElement(new SheetData());
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r] is not { } cells)
            {
                continue;
            }

            writer.WriteStartElement(row, [new OpenXmlAttribute("r", string.Empty, (r + 1).ToString(CultureInfo.InvariantCulture))]);
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Kind == CellKind.Blank && cells[c].Style == CellStyle.Default)
                {
                    continue;
                }

                attributes.Clear();
                WriteCell(writer, cell, value, attributes, CellReference.Of(r, c), cells[c]);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteCell(OpenXmlWriter writer, Cell element, CellValue valueElement, List<OpenXmlAttribute> attributes, string reference, SheetCell cell)
    {
        attributes.Add(new("r", string.Empty, reference));
        var style = cell.Format is { } figure ? figureStyles.StyleOf(figure) : (uint)cell.Style;
        if (style != (uint)CellStyle.Default)
        {
            attributes.Add(new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        string? value = null;
        if (cell.Kind == CellKind.Text)
        {
            // Always a shared-string cell: text is never a formula, whatever its first character.
            attributes.Add(new("t", string.Empty, "s"));
            value = strings.IndexOf(CellText.Clean(cell.Text!)).ToString(CultureInfo.InvariantCulture);
        }
        else if (cell.Kind == CellKind.Number)
        {
            value = cell.Number.ToString("R", CultureInfo.InvariantCulture);
        }

        writer.WriteStartElement(element, attributes);
        if (value is not null)
        {
            writer.WriteStartElement(valueElement);
            writer.WriteString(value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static ConditionalFormatting ConditionalFormat(RangeHighlight highlight, int priority)
    {
        var rule = new ConditionalFormattingRule { Priority = priority };
        if (highlight.Kind == ColumnHighlight.DataBar)
        {
            rule.Type = ConditionalFormatValues.DataBar;
            rule.Append(new DataBar(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = "FF638EC6" }));
        }
        else
        {
            // Red for the lowest growth, yellow at the median, green for the highest.
            rule.Type = ConditionalFormatValues.ColorScale;
            rule.Append(new ColorScale(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Percentile, Val = "50" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = "FFF8696B" },
                new Color { Rgb = "FFFFEB84" },
                new Color { Rgb = "FF63BE7B" }));
        }

        return new ConditionalFormatting(rule) { SequenceOfReferences = new ListValue<StringValue> { InnerText = highlight.Range } };
    }

    /// <summary>The attributes of each hyperlink element; links to files get a relationship on the part.</summary>
    private static List<OpenXmlAttribute[]> LinkRelationships(WorksheetPart part, SheetModel sheet)
    {
        var links = new List<OpenXmlAttribute[]>();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r] is not { } cells)
            {
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Link is not { } link)
                {
                    continue;
                }

                var reference = new OpenXmlAttribute("ref", string.Empty, CellReference.Of(r, c));
                links.Add(link.IsExternal
                    ? [reference, new OpenXmlAttribute("r", "id", RelationshipNamespace, part.AddHyperlinkRelationship(new Uri(link.Target, UriKind.RelativeOrAbsolute), true).Id)]
                    : [reference, new OpenXmlAttribute("location", string.Empty, link.Target)]);
            }
        }

        return links;
    }

    private string AddTablePart(WorksheetPart worksheetPart, PlacedTable table)
    {
        var part = worksheetPart.AddNewPart<TableDefinitionPart>();
        var id = nextTableId();
        var columns = new TableColumns { Count = (uint)table.ColumnNames.Count };
        for (var i = 0; i < table.ColumnNames.Count; i++)
        {
            // Must equal the header cell's text exactly (MS-OI29500 §2.1.681), or Excel repairs the file.
            columns.Append(new TableColumn { Id = (uint)(i + 1), Name = CellText.Clean(table.ColumnNames[i]) });
        }

        part.Table = new Table(
            new AutoFilter { Reference = table.Reference },
            columns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = table.Name,
            DisplayName = table.Name,
            Reference = table.Reference,
            TotalsRowShown = false,
        };
        return worksheetPart.GetIdOfPart(part);
    }
}
