namespace Warehouse.Reports.Excel;

/// <summary>A kind of part in a workbook's package: where it lives, its content type, and how its parent refers to it (ECMA-376 part 1, §12).</summary>
internal sealed record ExcelPartType(string PathFormat, string ContentType, string RelationshipType)
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public const string HyperlinkRelationship = Relationships + "hyperlink";

    public static readonly ExcelPartType Workbook = new("/xl/workbook.xml", SpreadsheetMl + "sheet.main+xml", Relationships + "officeDocument");
    public static readonly ExcelPartType Worksheet = new("/xl/worksheets/sheet{0}.xml", SpreadsheetMl + "worksheet+xml", Relationships + "worksheet");
    public static readonly ExcelPartType Table = new("/xl/tables/table{0}.xml", SpreadsheetMl + "table+xml", Relationships + "table");
    public static readonly ExcelPartType Styles = new("/xl/styles.xml", SpreadsheetMl + "styles+xml", Relationships + "styles");
    public static readonly ExcelPartType SharedStrings = new("/xl/sharedStrings.xml", SpreadsheetMl + "sharedStrings+xml", Relationships + "sharedStrings");
    public static readonly ExcelPartType Drawing = new("/xl/drawings/drawing{0}.xml", "application/vnd.openxmlformats-officedocument.drawing+xml", Relationships + "drawing");
    public static readonly ExcelPartType Chart = new("/xl/drawings/charts/chart{0}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", Relationships + "chart");
}
