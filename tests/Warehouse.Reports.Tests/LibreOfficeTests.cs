using System.Globalization;
using Dapper;

namespace Warehouse.Reports.Tests;

/// <summary>LibreOffice Calc opens the workbooks: it converts them to PDF, and its CSV export of a ranking sheet carries the view's numbers.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly TestWarehouse _warehouse = TestWarehouse.Sample();
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-libreoffice-").FullName;

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Every_workbook_converts_to_pdf()
    {
        var paths = RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder);
        Assert.NotEmpty(paths);

        foreach (var path in paths)
        {
            var outputs = LibreOffice.Convert(path, "pdf", Path.Combine(_folder, "pdf-" + Path.GetFileNameWithoutExtension(path)));
            var pdf = Assert.Single(outputs, f => f.EndsWith(".pdf", StringComparison.Ordinal));
            Assert.True(new FileInfo(pdf).Length > 1000, $"{pdf} is nearly empty");
            Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_county_ranking_sheet_exported_by_libreoffice_carries_the_views_numbers()
    {
        var path = Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));
        var sheetNumber = WorkbookInspection.SheetNames(path).ToList().IndexOf(Sheets.SheetNames.Rankings[2].Sheet) + 1;

        // Comma-separated, UTF-8, raw values (not as shown), only that sheet (LibreOffice 7.2+).
        var filter = $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheetNumber}";
        var csv = Assert.Single(LibreOffice.Convert(path, filter, Path.Combine(_folder, "csv")));
        var lines = File.ReadAllLines(csv).Select(ParseCsvLine).ToList();
        var header = lines[0];
        var gdpGrowth = header.IndexOf(Sheets.RankingSheet.Growth(MainIndicators.All[0]));
        var gdpRank = header.IndexOf(Sheets.RankingSheet.RankAmongLevel(MainIndicators.All[0]));
        var code = header.IndexOf(Sheets.RankingSheet.Code);
        Assert.True(gdpGrowth > 0 && gdpRank > 0 && code >= 0, string.Join(",", header));

        var view = _warehouse.Connection.Query(
            "SELECT region_code, value, rank_level FROM v_peer_rank WHERE year = 2023 AND level = 'county' AND indicator = 'gdp' AND measure = 'growth_pct'")
            .Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(view);
        foreach (var row in view)
        {
            var line = lines.Single(l => l[code] == (string)row["region_code"]);
            Assert.Equal(Convert.ToDouble(row["value"], CultureInfo.InvariantCulture), double.Parse(line[gdpGrowth], CultureInfo.InvariantCulture));
            Assert.Equal(Convert.ToInt64(row["rank_level"], CultureInfo.InvariantCulture), long.Parse(line[gdpRank], CultureInfo.InvariantCulture));
        }

        // A county without GDP growth exports an empty field, not 0.
        var counties = _warehouse.Connection.Query<string>("SELECT region_code FROM v_region_year WHERE year = 2023 AND level = 'county'").ToList();
        var missing = Assert.Single(counties.Except(view.Select(v => (string)v["region_code"])));
        Assert.Equal(string.Empty, lines.Single(l => l[code] == missing)[gdpGrowth]);
    }

    [Fact]
    public void Libreoffice_shows_figures_as_precisely_as_the_report_gave_them_with_their_qualifier()
    {
        var path = Assert.Single(RankingWorkbookWriter.WriteAll(_warehouse.Connection, _folder, 2023));
        var sheetNumber = WorkbookInspection.SheetNames(path).ToList().IndexOf(Sheets.SheetNames.Facts) + 1;

        // As above, but values as shown (token 9 true): the number formats applied.
        var filter = $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheetNumber}";
        var csv = Assert.Single(LibreOffice.Convert(path, filter, Path.Combine(_folder, "shown")));
        var lines = File.ReadAllLines(csv).Select(ParseCsvLine).ToList();
        var value = lines[0].IndexOf(Sheets.FactsSheet.Value);
        var evidence = lines[0].IndexOf(Sheets.FactsSheet.Evidence);

        string Shown(string text) => lines.Single(l => l[evidence] == text)[value];
        Assert.Equal("36.96", Shown("一般公共预算收入36.96亿元（样例）"));
        Assert.Equal("7,000", Shown("新增城镇就业7000人（样例）"));
        Assert.Equal("≥ 40,000", Shown("总量突破4万亿元（样例）"));
    }

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
