using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// Native horizontal bar charts: a DrawingsPart on the worksheet, one ChartPart per chart,
/// each anchored over a block of cells (MS Learn, "Insert a chart into a spreadsheet document").
/// Several series are drawn as clustered bars with a legend.
/// </summary>
internal static class BarChartWriter
{
    private const uint CategoryAxisId = 48650112;
    private const uint ValueAxisId = 48672768;
    private static readonly string[] SeriesColours = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];

    /// <summary>Writes the drawing part <paramref name="drawingUri"/>, which the worksheet relates to, and its charts' parts.</summary>
    public static void WriteDrawing(ExcelPackage package, Uri drawingUri, IReadOnlyList<BarChartSpec> charts)
    {
        var drawingsPart = package.Create(drawingUri, ExcelPartType.Drawing);
        var chartParts = charts.Select(_ => package.Reserve(ExcelPartType.Chart)).ToList();
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");

        for (var i = 0; i < charts.Count; i++)
        {
            drawing.Append(Anchor(charts[i], (uint)(i + 2), package.Relate(drawingsPart, chartParts[i], ExcelPartType.Chart)));
        }

        ExcelPackage.Write(drawingsPart, drawing);
        for (var i = 0; i < charts.Count; i++)
        {
            ExcelPackage.Write(package.Create(chartParts[i], ExcelPartType.Chart), ChartSpace(charts[i]));
        }
    }

    private static Xdr.TwoCellAnchor Anchor(BarChartSpec chart, uint shapeId, string chartPartId) =>
        new(
            new Xdr.FromMarker(
                new Xdr.ColumnId(Text(chart.Area.FromColumn)), new Xdr.ColumnOffset("0"),
                new Xdr.RowId(Text(chart.Area.FromRow)), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(
                new Xdr.ColumnId(Text(chart.Area.ToColumn)), new Xdr.ColumnOffset("0"),
                new Xdr.RowId(Text(chart.Area.ToRow)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = shapeId, Name = $"Chart {shapeId - 1}" },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartPartId })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = string.Empty },
            new Xdr.ClientData());

    private static C.ChartSpace ChartSpace(BarChartSpec chart)
    {
        var space = new C.ChartSpace();
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        space.Append(new C.EditingLanguage { Val = "zh-CN" });
        space.Append(new C.RoundedCorners { Val = false });
        var body = new C.Chart(
            Title(chart.Title),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), BarChart(chart), CategoryAxis(), ValueAxis(chart)));
        if (chart.Series.Count > 1)
        {
            body.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        }

        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        space.Append(body);
        return space;
    }

    private static C.Title Title(string text) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = 1200, Bold = true }, new A.Text(CellText.Clean(text)))))),
            new C.Overlay { Val = false });

    private static C.BarChart BarChart(BarChartSpec chart)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            bar.Append(Series(chart, i));
        }

        bar.Append(
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.BarChartSeries Series(BarChartSpec chart, int index)
    {
        var series = chart.Series[index];
        var categories = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(CellText.Clean(chart.Categories[i]))) { Index = (uint)i });
        }

        var values = new C.NumberingCache(new C.FormatCode(chart.NumberFormat), new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (double.IsFinite(series.Values[i]))
            {
                values.Append(new C.NumericPoint(new C.NumericValue(series.Values[i].ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.NumericValue(CellText.Clean(series.Name))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = SeriesColours[index % SeriesColours.Length] })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula(chart.CategoriesFormula), categories)),
            new C.Values(new C.NumberReference(new C.Formula(series.Formula), values)));
    }

    // Categories run top to bottom in table order (maxMin), labels sit left of negative bars too (low).
    private static C.CategoryAxis CategoryAxis() =>
        new(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

    // Bars start at zero whenever no value is negative: an axis from 5.4 makes 6.1 look a third of 7.3.
    private static C.ValueAxis ValueAxis(BarChartSpec chart) =>
        new(
            new C.AxisId { Val = ValueAxisId },
            chart.Series.SelectMany(s => s.Values).Any(v => v < 0)
                ? new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax })
                : new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            // With categories top-down (maxMin), crossing at the last category keeps this axis at the bottom.
            new C.Crosses { Val = C.CrossesValues.Maximum },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
