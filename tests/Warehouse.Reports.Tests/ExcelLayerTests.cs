using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Warehouse.Reports.Excel;
using CellStyle = Warehouse.Reports.Excel.CellStyle;

namespace Warehouse.Reports.Tests;

public sealed class ExcelLayerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-excel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_table_beside_cells_already_set_keeps_them_and_a_table_at_the_left_edge_keeps_its_rows()
    {
        var sheet = new SheetModel("Grid");
        sheet.Set(1, 0, SheetCell.Of("left"));
        sheet.AddTable(0, 1, new TableSpec("Beside", [new ColumnSpec("a"), new ColumnSpec("b")], [[SheetCell.Of("x"), SheetCell.Of(2.0, CellStyle.OneDecimal)]]));
        sheet.AddTable(3, 0, new TableSpec("Below", [new ColumnSpec("c")], [[SheetCell.Of("y")], [SheetCell.Of("z")]]));

        Assert.Equal("left", sheet.Get(1, 0).Text);
        Assert.Equal("x", sheet.Get(1, 1).Text);
        Assert.Equal(2.0, sheet.Get(1, 2).Number);
        Assert.Equal("b", sheet.Get(0, 2).Text);
        Assert.Equal(["c", "y", "z"], Enumerable.Range(3, 3).Select(row => sheet.Get(row, 0).Text));
    }

    [Fact]
    public void A_table_made_row_by_row_is_made_while_it_is_written_and_reads_back_whole()
    {
        var made = 0;
        var items = Enumerable.Range(1, 500).ToList();
        var rows = TableRows.Of(items, i =>
        {
            made++;
            return [SheetCell.Of($"第{i}行"), SheetCell.Of(i).LinkedTo(CellLink.ToCell("Made", "A1"))];
        });
        var sheet = new SheetModel("Made");
        sheet.Set(0, 3, SheetCell.Of("note beside the header"));
        sheet.AddTable(0, 0, new TableSpec("Made", [new ColumnSpec("text"), new ColumnSpec("number", ColumnHighlight.DataBar)], rows));

        Assert.Equal(0, made);
        Assert.Throws<InvalidOperationException>(() => sheet.Set(7, 1, SheetCell.Of("over a made row")));
        Assert.Equal(501, sheet.RowCount);
        var path = Write(sheet);

        // Each row is made once to measure the columns and once to write it, and none is kept.
        Assert.Equal(2 * items.Count, made);
        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        var cells = WorkbookInspection.Cells(path, "Made");
        Assert.Equal(["text", "number", null, "note beside the header"], cells[0]);
        Assert.Equal(items.Select(i => $"第{i}行"), cells.Skip(1).Select(row => row[0]));
        Assert.Equal("500", cells[500][1]);
        using var document = SpreadsheetDocument.Open(path, false);
        var part = WorkbookInspection.WorksheetPart(document, "Made");
        Assert.Equal("A1:B501", part.TableDefinitionParts.Single().Table.Reference!.Value);
        Assert.Equal("B2:B501", part.Worksheet.Descendants<Hyperlink>().Single().Reference!.Value);
    }

    [Fact]
    public void Text_keeps_its_outer_spaces_and_markup_characters()
    {
        var path = Path.Combine(_folder, "text.xlsx");
        var sheet = new SheetModel("Text");
        sheet.Set(0, 0, SheetCell.Of("  两端有空格 "));
        sheet.Set(1, 0, SheetCell.Of("<b>增长 & 下降</b>"));
        using (var workbook = ExcelWorkbook.Create(path))
        {
            workbook.Add(sheet);
            workbook.Save();
        }

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        var cells = WorkbookInspection.Cells(path, "Text");
        Assert.Equal("  两端有空格 ", cells[0][0]);
        Assert.Equal("<b>增长 & 下降</b>", cells[1][0]);

        // Excel trims a text's outer spaces unless it is marked to keep them.
        using var document = SpreadsheetDocument.Open(path, false);
        var spaced = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Single(item => item.Text!.Text.StartsWith(' '));
        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, spaced.Text!.Space?.Value);
    }

    [Fact]
    public void A_workbook_with_tables_formats_links_and_a_chart_validates_and_reopens()
    {
        var path = WriteSample();

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        using var document = SpreadsheetDocument.Open(path, false);
        var part = WorkbookInspection.WorksheetPart(document, "排名 Rankings");
        Assert.Single(part.TableDefinitionParts);
        Assert.Single(part.DrawingsPart!.ChartParts);
        var pane = part.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("B2", pane.TopLeftCell!.Value);
        Assert.NotEmpty(part.Worksheet.Descendants<ConditionalFormatting>());
        Assert.Single(part.HyperlinkRelationships);
    }

    [Fact]
    public void Table_column_names_equal_their_header_cells()
    {
        var path = WriteSample();

        using var document = SpreadsheetDocument.Open(path, false);
        var part = WorkbookInspection.WorksheetPart(document, "排名 Rankings");
        var names = part.TableDefinitionParts.Single().Table.TableColumns!.Elements<DocumentFormat.OpenXml.Spreadsheet.TableColumn>().Select(c => c.Name!.Value).ToList();
        var header = WorkbookInspection.Cells(path, "排名 Rankings")[0];
        Assert.Equal(names, header);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+2")]
    [InlineData("-3")]
    [InlineData("@SUM(A1)")]
    public void Text_that_looks_like_a_formula_is_stored_as_a_string(string text)
    {
        var sheet = new SheetModel("Facts");
        sheet.AddTable(0, 0, new TableSpec("Facts", [new ColumnSpec("evidence")], [[SheetCell.Of(text)]]));
        var path = Write(sheet);

        var xml = WorkbookInspection.SheetXml(path, "Facts");
        Assert.DoesNotContain("<x:f", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.Equal(text, WorkbookInspection.Cells(path, "Facts")[1][0]);
        using var document = SpreadsheetDocument.Open(path, false);
        var cell = WorkbookInspection.CellAt(WorkbookInspection.WorksheetPart(document, "Facts"), 1, 0);
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
    }

    [Fact]
    public void Missing_numbers_are_blank_cells_not_zero()
    {
        var sheet = new SheetModel("Values");
        sheet.AddTable(0, 0, new TableSpec("Values", [new ColumnSpec("a"), new ColumnSpec("b")], [[SheetCell.Of((double?)null, CellStyle.OneDecimal), SheetCell.Of(0.0, CellStyle.OneDecimal)]]));
        var path = Write(sheet);

        var row = WorkbookInspection.Cells(path, "Values")[1];
        Assert.Null(row[0]);
        Assert.Equal("0", row[1]);
    }

    [Fact]
    public void Control_characters_from_broken_text_are_dropped_not_fatal()
    {
        var sheet = new SheetModel("Text");
        sheet.AddTable(0, 0, new TableSpec("Text", [new ColumnSpec("evidence")], [[SheetCell.Of("增长\u0001 6%\uD800")]]));
        var path = Write(sheet);

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        Assert.Equal("增长 6%", WorkbookInspection.Cells(path, "Text")[1][0]);
    }

    [Fact]
    public void Duplicate_table_names_and_headers_are_refused()
    {
        var first = new SheetModel("One");
        first.AddTable(0, 0, new TableSpec("Same", [new ColumnSpec("a")], []));
        var second = new SheetModel("Two");
        second.AddTable(0, 0, new TableSpec("same", [new ColumnSpec("a")], []));
        using var workbook = ExcelWorkbook.Create(Path.Combine(_folder, "dup.xlsx"));
        workbook.Add(first);

        Assert.Throws<ArgumentException>(() => workbook.Add(second));
        Assert.Throws<ArgumentException>(() => new SheetModel("x").AddTable(0, 0, new TableSpec("T", [new ColumnSpec("a"), new ColumnSpec("A")], [])));
        Assert.Throws<ArgumentException>(() => new SheetModel("x").AddTable(0, 0, new TableSpec("A1", [new ColumnSpec("a")], [])));
    }

    [Theory]
    [InlineData(36.96, 2)]
    [InlineData(7000.0, 0)]
    [InlineData(0.135, 3)]
    [InlineData(41000.000000000007, 0)]
    [InlineData(5.0 / 3, FigureFormat.MaximumDecimals)]
    public void A_figure_keeps_the_decimals_it_was_given_and_no_more(double value, int decimals) =>
        Assert.Equal(decimals, FigureFormat.DecimalsOf(value));

    [Fact]
    public void Figures_with_the_same_format_share_one_style_and_each_format_is_in_the_stylesheet()
    {
        var sheet = new SheetModel("Figures");
        sheet.AddTable(0, 0, new TableSpec("Figures", [new ColumnSpec("a"), new ColumnSpec("b"), new ColumnSpec("c")],
            [[SheetCell.Figure(1.25), SheetCell.Figure(3.5), SheetCell.Figure(9.75)], [SheetCell.Figure(40000, FigureSign.AtLeast), SheetCell.Figure(7000), SheetCell.Blank]]));
        var path = Write(sheet);

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        Assert.Equal("#,##0.00", WorkbookInspection.NumberFormat(path, "Figures", 1, 0));
        Assert.Equal("#,##0.0", WorkbookInspection.NumberFormat(path, "Figures", 1, 1));
        Assert.Equal("#,##0.00", WorkbookInspection.NumberFormat(path, "Figures", 1, 2));
        Assert.Equal("\"≥ \"#,##0;\"≥ \"-#,##0", WorkbookInspection.NumberFormat(path, "Figures", 2, 0));
        Assert.Equal("#,##0", WorkbookInspection.NumberFormat(path, "Figures", 2, 1));
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Equal(4, document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Count() - Enum.GetValues<CellStyle>().Length);
    }

    [Theory]
    [InlineData("GDP", 3)]
    [InlineData("宝兴县", 6)]
    [InlineData("增长６%", 7)]
    public void Wide_characters_count_twice(string text, int width) =>
        Assert.Equal(width, ColumnWidths.DisplayWidth(text));

    [Fact]
    public void Column_widths_fit_chinese_text()
    {
        var sheet = new SheetModel("Widths");
        sheet.AddTable(0, 0, new TableSpec("Widths", [new ColumnSpec("region"), new ColumnSpec("code")], [[SheetCell.Of("阿坝藏族羌族自治州"), SheetCell.Of("513200")]]));
        var path = Write(sheet);

        using var document = SpreadsheetDocument.Open(path, false);
        var widths = WorkbookInspection.WorksheetPart(document, "Widths").Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.True(widths[0] >= 18, $"width {widths[0]} is too narrow for 9 Chinese characters");
        Assert.True(widths[1] < widths[0]);
    }

    [Fact]
    public void A_column_is_as_wide_as_its_widest_cell_up_to_its_limit_or_the_maximum()
    {
        var longText = string.Concat(Enumerable.Repeat("政府工作报告", 20));
        var sheet = new SheetModel("Limits");
        sheet.AddTable(0, 0, new TableSpec(
            "Limits",
            [new ColumnSpec("evidence"), new ColumnSpec("path"), new ColumnSpec("name"), new ColumnSpec("note")],
            [
                [SheetCell.Of(longText), SheetCell.Of(longText), SheetCell.Of("县"), SheetCell.Of(new string('a', 57))],
                [SheetCell.Of("短"), SheetCell.Of("短"), SheetCell.Of("阿坝藏族羌族自治州"), SheetCell.Of(new string('a', 58))],
            ]));
        sheet.LimitWidth(1, 40.5);
        var path = Write(sheet);

        using var document = SpreadsheetDocument.Open(path, false);
        var widths = WorkbookInspection.WorksheetPart(document, "Limits").Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal([ColumnWidths.Maximum, 40.5, ColumnWidths.Fit(ColumnWidths.DisplayWidth("阿坝藏族羌族自治州")), ColumnWidths.Maximum], widths);
    }

    [Fact]
    public void Only_a_cell_after_a_gap_carries_its_reference_and_blank_cells_are_left_out()
    {
        var sheet = new SheetModel("Gaps");
        sheet.AddTable(0, 0, new TableSpec(
            "Gaps",
            [new ColumnSpec("a"), new ColumnSpec("b"), new ColumnSpec("c"), new ColumnSpec("d")],
            [[SheetCell.Of("甲"), SheetCell.Of((string?)null), SheetCell.Of(3.5, CellStyle.OneDecimal), SheetCell.Of("乙")]]));
        var path = Write(sheet);

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        Assert.Equal(["甲", null, "3.5", "乙"], WorkbookInspection.Cells(path, "Gaps")[1]);
        using var document = SpreadsheetDocument.Open(path, false);
        var cells = WorkbookInspection.WorksheetPart(document, "Gaps").Worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == 2).Elements<Cell>().ToList();
        Assert.Equal([null, "C2", null], cells.Select(c => c.CellReference?.Value));
    }

    [Fact]
    public void Cells_one_below_the_other_with_the_same_link_share_one_hyperlink_over_their_range()
    {
        var first = CellLink.ToCell("来源 Sources", "A2");
        var second = CellLink.ToCell("来源 Sources", "A3");
        var sheet = new SheetModel("Links");
        sheet.AddTable(0, 0, new TableSpec(
            "Links",
            [new ColumnSpec("document"), new ColumnSpec("value")],
            [
                [SheetCell.Of(7L).LinkedTo(first), SheetCell.Of(1L)],
                [SheetCell.Of(7L).LinkedTo(CellLink.ToCell("来源 Sources", "A2")), SheetCell.Of(2L)],
                [SheetCell.Of(7L).LinkedTo(first), SheetCell.Of(3L)],
                [SheetCell.Of(8L).LinkedTo(second), SheetCell.Of(4L)],
                [SheetCell.Of(7L).LinkedTo(first), SheetCell.Of(5L)],
            ]));
        var path = Write(sheet);

        Assert.Empty(WorkbookInspection.ValidationErrors(path));
        using var document = SpreadsheetDocument.Open(path, false);
        var hyperlinks = WorkbookInspection.WorksheetPart(document, "Links").Worksheet.Descendants<Hyperlink>()
            .Select(h => (h.Reference!.Value, h.Location!.Value)).ToList();
        Assert.Equal([("A2:A4", "'来源 Sources'!A2"), ("A5", "'来源 Sources'!A3"), ("A6", "'来源 Sources'!A2")], hyperlinks);
    }

    private string WriteSample()
    {
        var sheet = new SheetModel("排名 Rankings") { FrozenRows = 1, FrozenColumns = 1 };
        var rows = new List<SheetCell[]>
        {
            new[] { SheetCell.Of("甲县"), SheetCell.Of(6.5, CellStyle.OneDecimal), SheetCell.Of(1L), SheetCell.Of("a.txt").LinkedTo(CellLink.ToFile("/data/a b.txt")), SheetCell.Figure(36.96) },
            new[] { SheetCell.Of("乙县"), SheetCell.Of(-1.2, CellStyle.OneDecimal), SheetCell.Of(2L), SheetCell.Of("Top").LinkedTo(CellLink.ToCell("排名 Rankings", "A1")), SheetCell.Figure(-40000, FigureSign.AtLeast) },
        };
        var table = sheet.AddTable(0, 0, new TableSpec(
            "Rankings",
            [new ColumnSpec("地区 region"), new ColumnSpec("GDP growth %", ColumnHighlight.ColourScale), new ColumnSpec("rank", ColumnHighlight.DataBar), new ColumnSpec("source"), new ColumnSpec("level")],
            rows));
        sheet.AddBarChart("GDP 增长", table, 0, [1, 2], new ChartArea(0, 6, 15, 12));
        return Write(sheet);
    }

    private string Write(SheetModel sheet)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".xlsx");
        using (var workbook = ExcelWorkbook.Create(path))
        {
            workbook.Add(sheet);
            workbook.Save();
        }

        return path;
    }
}
