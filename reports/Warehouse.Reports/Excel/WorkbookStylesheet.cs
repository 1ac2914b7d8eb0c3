using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// The stylesheet of a workbook, written once after its last sheet. Its cellXfs are first the
/// fixed styles in the order of <see cref="CellStyle"/>, which is what makes the enum a valid
/// StyleIndex, then one per figure format the sheets used (<see cref="FigureStyles"/>).
/// </summary>
internal static class WorkbookStylesheet
{
    /// <summary>How many fixed styles come before the figure styles.</summary>
    public static readonly int FixedStyleCount = Enum.GetValues<CellStyle>().Length;

    private const uint FirstFigureFormat = 168;

    private const uint OneDecimalFormat = 164;
    private const uint DateFormat = 165;
    private const uint DateTimeFormat = 166;
    private const uint AmountFormat = 167;
    private const uint BuiltInIntegerWithSeparators = 3; // #,##0
    private const uint BuiltInText = 49;                 // @

    private const uint PlainFont = 0;
    private const uint BoldFont = 1;
    private const uint TitleFont = 2;
    private const uint LinkFont = 3;

    public static Stylesheet Create(IReadOnlyList<FigureFormat> figures)
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = AmountFormat, FormatCode = "#,##0.00" });
        numberFormats.Append(figures.Select((figure, i) => new NumberingFormat { NumberFormatId = FirstFigureFormat + (uint)i, FormatCode = figure.Code }));
        numberFormats.Count = (uint)numberFormats.ChildElements.Count;

        var stylesheet = new Stylesheet(
            numberFormats,
            new Fonts(
                Font(11, bold: false),
                Font(11, bold: true),
                Font(14, bold: true),
                new Font(
                    new Underline(),
                    new FontSize { Val = 11 },
                    new Color { Rgb = "FF0563C1" },
                    new FontName { Val = "Calibri" },
                    new FontFamilyNumbering { Val = 2 }))
            { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()))
            { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 })
            { Count = 1 },
            CellFormats(figures.Count),
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 })
            { Count = 1 },
            new DifferentialFormats { Count = 0 },
            new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
        return stylesheet;
    }

    private static CellFormats CellFormats(int figureCount)
    {
        var formats = new Dictionary<CellStyle, CellFormat>
        {
            [CellStyle.Default] = Format(0, PlainFont),
            [CellStyle.Header] = Format(0, PlainFont, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }),
            [CellStyle.Text] = Format(BuiltInText, PlainFont),
            [CellStyle.Integer] = Format(BuiltInIntegerWithSeparators, PlainFont),
            [CellStyle.OneDecimal] = Format(OneDecimalFormat, PlainFont),
            [CellStyle.Amount] = Format(AmountFormat, PlainFont),
            [CellStyle.Date] = Format(DateFormat, PlainFont),
            [CellStyle.DateTime] = Format(DateTimeFormat, PlainFont),
            [CellStyle.Title] = Format(0, TitleFont),
            [CellStyle.Heading] = Format(0, BoldFont),
            [CellStyle.Link] = Format(0, LinkFont),
            [CellStyle.Wrapped] = Format(0, PlainFont, new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }),
            [CellStyle.Note] = Format(0, PlainFont),
            [CellStyle.RightText] = Format(BuiltInText, PlainFont, new Alignment { Horizontal = HorizontalAlignmentValues.Right }),
        };

        var ordered = Enum.GetValues<CellStyle>().Select(style => formats[style])
            .Concat(Enumerable.Range(0, figureCount).Select(i => Format(FirstFigureFormat + (uint)i, PlainFont)))
            .ToArray();
        return new CellFormats(ordered) { Count = (uint)ordered.Length };
    }

    private static CellFormat Format(uint numberFormat, uint font, Alignment? alignment = null)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != PlainFont,
        };
        if (alignment is not null)
        {
            format.ApplyAlignment = true;
            format.Append(alignment);
        }

        return format;
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(
            new FontSize { Val = size },
            new Color { Theme = 1 },
            new FontName { Val = "Calibri" },
            new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
