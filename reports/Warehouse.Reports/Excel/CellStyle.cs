namespace Warehouse.Reports.Excel;

/// <summary>
/// The named cell styles of every workbook. The numeric value of each member is its index in
/// the stylesheet's cellXfs list (<see cref="WorkbookStylesheet"/> builds them in this order),
/// so a style can never point at a format that does not exist.
/// </summary>
public enum CellStyle : uint
{
    Default = 0,

    /// <summary>Header cells of a table, centred over text and numbers alike; the table style supplies bold and colour.</summary>
    Header,

    /// <summary>Text, stored as text and formatted as text ("@").</summary>
    Text,

    /// <summary>Whole numbers with thousands separators: 12,345.</summary>
    Integer,

    /// <summary>Percentages given in percent (6.5 means 6.5%) and other one-decimal figures: 6.5.</summary>
    OneDecimal,

    /// <summary>Amounts with thousands separators and two decimals: 1,234.56.</summary>
    Amount,

    /// <summary>A date: 2024-01-31.</summary>
    Date,

    /// <summary>A date and time: 2024-01-31 02:00.</summary>
    DateTime,

    /// <summary>A sheet title: large and bold.</summary>
    Title,

    /// <summary>A heading inside a sheet: bold.</summary>
    Heading,

    /// <summary>A hyperlink: blue and underlined.</summary>
    Link,

    /// <summary>Long text that wraps inside its column.</summary>
    Wrapped,

    /// <summary>A line of explanation that runs on across empty neighbouring cells.</summary>
    Note,

    /// <summary>Short text aligned right like the numbers beside it: 3/14 (k of N loaded).</summary>
    RightText,
}
