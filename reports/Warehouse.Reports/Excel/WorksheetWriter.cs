using System.Buffers;
using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// Streams one <see cref="SheetModel"/> into its worksheet part, then writes the parts it relates
/// to (tables, drawing), so a 60,000-row sheet never sits in memory as a DOM. The worksheet's
/// children are written in the schema's order (sheetViews, sheetFormatPr, cols, sheetData,
/// conditionalFormatting, hyperlinks, pageMargins, drawing, tableParts); getting it wrong is
/// Excel's repair prompt. The few elements around the grid are the SDK's typed elements; the
/// hyperlinks go straight to an XmlWriter and the rows as raw markup (<see cref="WriteSheetData"/>):
/// through OpenXmlWriter the facts sheet took 2.6 times as long (`workbook` benchmark).
/// </summary>
internal sealed class WorksheetWriter(ExcelPackage package, SharedStrings strings, FigureStyles figureStyles, Func<uint> nextTableId)
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Main = ExcelPackage.SpreadsheetNamespace;

    // The grid's elements carry no prefix (the default namespace): two bytes less per tag, a million tags a year.
    private const string Prefix = "";

    /// <summary>Characters of markup gathered before they are encoded and written.</summary>
    private const int MarkupBlock = 32 * 1024;

    public void Write(PackagePart part, SheetModel sheet, bool selected)
    {
        var (widths, links) = Measure(sheet);
        var hyperlinks = LinkRelationships(part, links);
        var tables = sheet.Tables.Select(table => (Table: table, Part: package.Reserve(ExcelPartType.Table))).ToList();
        var tableIds = tables.Select(table => package.Relate(part, table.Part, ExcelPartType.Table)).ToList();
        var drawing = sheet.Charts.Count > 0 ? package.Reserve(ExcelPartType.Drawing) : null;
        var drawingId = drawing is null ? null : package.Relate(part, drawing, ExcelPartType.Drawing);
        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        using (var writer = ExcelPackage.OpenXml(stream))
        {
            WriteWorksheet(writer, stream, sheet, selected, widths, hyperlinks, tableIds, drawingId);
        }

        foreach (var table in tables)
        {
            ExcelPackage.Write(package.Create(table.Part, ExcelPartType.Table), TableDefinition(table.Table));
        }

        if (drawing is not null)
        {
            BarChartWriter.WriteDrawing(package, drawing, sheet.Charts);
        }
    }

    private void WriteWorksheet(XmlWriter writer, Stream stream, SheetModel sheet, bool selected, int[] widths, List<OpenXmlAttribute[]> hyperlinks, List<string> tableIds, string? drawingId)
    {
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement(Prefix, "worksheet", Main);
        writer.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);

        // The SDK's typed elements write themselves with the prefix x.
        writer.WriteAttributeString("xmlns", "x", null, Main);

        // Printed (and converted to PDF) one page wide, landscape, however many pages tall.
        new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(writer);
        SheetViews(sheet, selected).WriteTo(writer);
        new SheetFormatProperties { DefaultRowHeight = 15 }.WriteTo(writer);
        if (widths.Length > 0)
        {
            Columns(sheet, widths).WriteTo(writer);
        }

        WriteSheetData(writer, stream, sheet);

        var priority = 1;
        foreach (var highlight in sheet.Highlights)
        {
            ConditionalFormat(highlight, priority++).WriteTo(writer);
        }

        if (hyperlinks.Count > 0)
        {
            writer.WriteStartElement(Prefix, "hyperlinks", Main);
            foreach (var hyperlink in hyperlinks)
            {
                writer.WriteStartElement(Prefix, "hyperlink", Main);
                foreach (var attribute in hyperlink)
                {
                    writer.WriteAttributeString(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, attribute.Value);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 }.WriteTo(writer);
        new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 }.WriteTo(writer);
        if (drawingId is not null)
        {
            new Drawing { Id = drawingId }.WriteTo(writer);
        }

        if (tableIds.Count > 0)
        {
            new TableParts(tableIds.Select(id => new TablePart { Id = id })) { Count = (uint)tableIds.Count }.WriteTo(writer);
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

    /// <summary>
    /// One pass over the rows before any is written (a table's rows may be made as they are asked
    /// for, so each pass makes them anew): the width each column's content needs, and the runs of
    /// cells one below the other with the same link (a document's facts, row after row), which
    /// share one hyperlink element: a national year's facts sheet had 80,000 of them.
    /// </summary>
    private static (int[] Widths, List<LinkRun> Links) Measure(SheetModel sheet)
    {
        var widths = new int[sheet.ColumnCount];

        // The content width from which a column is as wide as it may be: past it nothing is measured
        // (a national year's evidence and file names, 160,000 long texts, reach it on the first rows).
        var widest = Enumerable.Range(0, widths.Length)
            .Select(c => (int)Math.Ceiling(Math.Min(ColumnWidths.Maximum, sheet.WidthLimit(c) ?? ColumnWidths.Maximum)) - ColumnWidths.Padding)
            .ToArray();
        var links = new List<LinkRun>();
        var openRunOfColumn = new Dictionary<int, int>();
        for (var r = 0; r < sheet.RowCount; r++)
        {
            if (sheet.Row(r) is not { } cells)
            {
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                // Titles and notes may run across empty neighbours; they do not widen their column.
                if (widths[c] < widest[c] && cells[c].Style is not (CellStyle.Title or CellStyle.Heading or CellStyle.Wrapped or CellStyle.Note))
                {
                    widths[c] = Math.Max(widths[c], ColumnWidths.DisplayWidth(cells[c]));
                }

                if (cells[c].Link is not { } link)
                {
                    continue;
                }

                if (openRunOfColumn.TryGetValue(c, out var i) && links[i].LastRow == r - 1 && links[i].Link == link)
                {
                    links[i] = links[i] with { LastRow = r };
                }
                else
                {
                    openRunOfColumn[c] = links.Count;
                    links.Add(new LinkRun(r, r, c, link));
                }
            }
        }

        // A table's header cell needs room for its filter button.
        foreach (var table in sheet.Tables)
        {
            for (var c = table.FirstColumn; c <= table.LastColumn; c++)
            {
                widths[c] = Math.Max(widths[c], ColumnWidths.DisplayWidth(sheet.Get(table.FirstRow, c)) + 3);
            }
        }

        return (widths, links);
    }

    private static Columns Columns(SheetModel sheet, int[] widths)
    {
        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            var width = ColumnWidths.Fit(widths[c]);
            width = Math.Min(width, sheet.WidthLimit(c) ?? width);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    /// <summary>
    /// The grid, as raw markup encoded straight into the part's stream. Everything in it is
    /// markup-safe by construction (references, style numbers, shared-string indexes, numbers):
    /// through the writer's element and attribute calls it took twice as long, and even its raw
    /// text checked and encoded each character one by one.
    /// </summary>
    private void WriteSheetData(XmlWriter writer, Stream stream, SheetModel sheet)
    {
        writer.WriteStartElement(Prefix, "sheetData", Main);

        // Closes the start tag and hands the stream over until the end tag.
        writer.WriteRaw(string.Empty);
        writer.Flush();
        var markup = new StringBuilder();
        for (var r = 0; r < sheet.RowCount; r++)
        {
            if (sheet.Row(r) is not { } cells)
            {
                continue;
            }

            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            markup.Append("<row r=\"").Append(number).Append("\">");
            var next = 0;
            for (var c = 0; c < cells.Length; c++)
            {
                // No style has a fill or a border, so a blank cell shows nothing whatever its style.
                if (cells[c].Kind == CellKind.Blank)
                {
                    continue;
                }

                // A cell without a reference is the one after its left neighbour (ECMA-376 §18.3.1.4):
                // only a cell after a gap needs one. A national year's markup is a third smaller.
                AppendCell(markup, c == next ? null : CellReference.Column(c) + number, cells[c]);
                next = c + 1;
            }

            markup.Append("</row>");
            if (markup.Length >= MarkupBlock)
            {
                WriteUtf8(stream, markup);
            }
        }

        WriteUtf8(stream, markup);
        writer.WriteEndElement();
    }

    /// <summary>The markup is ASCII (text cells hold an index into the shared strings), so a chunk never splits a character.</summary>
    private static void WriteUtf8(Stream stream, StringBuilder markup)
    {
        foreach (var chunk in markup.GetChunks())
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            stream.Write(bytes, 0, Encoding.UTF8.GetBytes(chunk.Span, bytes));
            ArrayPool<byte>.Shared.Return(bytes);
        }

        markup.Clear();
    }

    /// <summary>A text or number cell; <paramref name="reference"/> is null for the cell right after the last one written.</summary>
    private void AppendCell(StringBuilder row, string? reference, SheetCell cell)
    {
        row.Append("<c");
        if (reference is not null)
        {
            row.Append(" r=\"").Append(reference).Append('"');
        }

        var style = cell.Format is { } figure ? figureStyles.StyleOf(figure) : (uint)cell.Style;
        if (style != (uint)CellStyle.Default)
        {
            row.Append(" s=\"").Append(style).Append('"');
        }

        if (cell.Kind == CellKind.Text)
        {
            // Always a shared-string cell: text is never a formula, whatever its first character.
            row.Append(" t=\"s\"><v>").Append(strings.IndexOf(CellText.Clean(cell.Text!))).Append("</v></c>");
        }
        else
        {
            row.Append(CultureInfo.InvariantCulture, $"><v>{cell.Number:R}</v></c>");
        }
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
    private static List<OpenXmlAttribute[]> LinkRelationships(PackagePart part, List<LinkRun> runs) =>
        runs.Select(run =>
        {
            var reference = new OpenXmlAttribute("ref", string.Empty, run.FirstRow == run.LastRow
                ? CellReference.Of(run.FirstRow, run.Column)
                : CellReference.Range(run.FirstRow, run.Column, run.LastRow, run.Column));
            return run.Link.IsExternal
                ? [reference, new OpenXmlAttribute("r", "id", RelationshipNamespace, ExcelPackage.AddHyperlink(part, run.Link.Target))]
                : new[] { reference, new OpenXmlAttribute("location", string.Empty, run.Link.Target) };
        }).ToList();

    private Table TableDefinition(PlacedTable table)
    {
        var id = nextTableId();
        var columns = new TableColumns { Count = (uint)table.ColumnNames.Count };
        for (var i = 0; i < table.ColumnNames.Count; i++)
        {
            // Must equal the header cell's text exactly (MS-OI29500 §2.1.681), or Excel repairs the file.
            columns.Append(new TableColumn { Id = (uint)(i + 1), Name = CellText.Clean(table.ColumnNames[i]) });
        }

        return new Table(
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
    }
}

/// <summary>Cells one below the other in a column with the same link, from <see cref="FirstRow"/> to <see cref="LastRow"/> (zero-based).</summary>
internal readonly record struct LinkRun(int FirstRow, int LastRow, int Column, CellLink Link);
