using System.Globalization;
using ClosedXML.Excel;
using Warehouse.Benchmarks;

// `Warehouse.Benchmarks.ClosedXml PATH ROWS [--autofit]`: writes the benchmark table with
// ClosedXML as one native table with a frozen header and prints the write's figures (JSON).
// Started by `Warehouse.Benchmarks closedxml`, which compares it with our writer.
var autofit = args.Contains("--autofit");
return WriterTable.Measure(int.Parse(args[1], CultureInfo.InvariantCulture), args[0], (rows, path) =>
{
    using var workbook = new XLWorkbook();
    var sheet = workbook.AddWorksheet("Facts");
    for (var c = 0; c < WriterTable.Headers.Length; c++)
    {
        sheet.Cell(1, c + 1).SetValue(WriterTable.Headers[c]);
    }

    for (var r = 0; r < rows.Count; r++)
    {
        for (var c = 0; c < rows[r].Length; c++)
        {
            var cell = sheet.Cell(r + 2, c + 1);
            switch (rows[r][c])
            {
                case string text:
                    cell.SetValue(text);
                    break;
                case long number:
                    cell.SetValue(number);
                    break;
                case double number:
                    cell.SetValue(number);
                    break;
            }
        }
    }

    sheet.Range(1, 1, rows.Count + 1, WriterTable.Headers.Length).CreateTable("Facts");
    sheet.SheetView.FreezeRows(1);
    if (autofit)
    {
        // Measures every cell's text with System.Drawing (libgdiplus on Linux).
        sheet.Columns().AdjustToContents();
    }

    workbook.SaveAs(path);
});
