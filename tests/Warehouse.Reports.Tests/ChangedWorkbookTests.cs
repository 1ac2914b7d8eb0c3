using System.IO.Compression;
using System.IO.Packaging;
using Dapper;

namespace Warehouse.Reports.Tests;

/// <summary>A run rewrites only the workbooks whose content changed (WorkbookStamps).</summary>
public sealed class ChangedWorkbookTests : IDisposable
{
    private readonly TestWarehouse _warehouse = TestWarehouse.Sample();
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-changed-").FullName;

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private List<string> WriteChanged() =>
        RankingWorkbookWriter.WriteChanged(_warehouse.Connection, _folder).Select(path => Path.GetFileName(path)!).ToList();

    [Fact]
    public void Nothing_changed_nothing_rewritten_and_each_workbook_carries_the_stamp_of_its_year()
    {
        Assert.Equal(["rankings-2022.xlsx", "rankings-2023.xlsx"], WriteChanged());
        var written = Directory.GetFiles(_folder).ToDictionary(path => path, File.GetLastWriteTimeUtc);

        Assert.Empty(WriteChanged());
        Assert.Equal(written, Directory.GetFiles(_folder).ToDictionary(path => path, File.GetLastWriteTimeUtc));
        var stamps = WorkbookStamps.Current(_warehouse.Connection);
        Assert.Equal(stamps[2023], WorkbookStamps.Read(Path.Combine(_folder, "rankings-2023.xlsx")));
        Assert.NotEqual(stamps[2022], stamps[2023]);
        Assert.Empty(WorkbookInspection.ValidationErrors(Path.Combine(_folder, "rankings-2023.xlsx")));
    }

    [Fact]
    public void Writing_workbooks_side_by_side_leaves_the_connection_with_the_settings_it_had()
    {
        var settings = () => _warehouse.Connection.QuerySingle<(string, string, string)>(
            "SELECT current_setting('threads')::VARCHAR, current_setting('allocator_flush_threshold'), current_setting('allocator_background_threads')::VARCHAR");
        var before = settings();

        Assert.Equal(2, WriteChanged().Count);
        Assert.Equal(before, settings());
    }

    [Fact]
    public void A_new_report_rewrites_the_year_it_reviews_and_no_other()
    {
        WriteChanged();
        var middle = _warehouse.Document("920102", 2023);
        _warehouse.Fact(middle, "920102", "gdp", "actual", 2023, "growth_pct", 4.4);

        Assert.Equal(["rankings-2023.xlsx"], WriteChanged());
    }

    [Fact]
    public void A_target_for_the_next_year_rewrites_the_year_whose_workbook_shows_it()
    {
        WriteChanged();
        var late = _warehouse.Document("910000", 2023);
        _warehouse.Connection.Execute("UPDATE dim_document SET review_year = NULL, report_year = NULL WHERE document_id = $late", new { late });
        _warehouse.Fact(late, "910000", "gdp", "target", 2023, "growth_pct", 5.0);

        // A target for 2023 is shown in 2022's Targets sheet and measured in 2023's achievement sheet.
        Assert.Equal(["rankings-2022.xlsx", "rankings-2023.xlsx"], WriteChanged());
    }

    [Fact]
    public void A_removed_report_a_correction_and_a_deleted_workbook_each_rewrite_what_they_touch()
    {
        WriteChanged();

        _warehouse.Connection.Execute("UPDATE dim_document SET removed_at = now() WHERE region_code = '920102'");
        Assert.Equal(["rankings-2023.xlsx"], WriteChanged());

        _warehouse.Connection.Execute(
            "INSERT INTO fact_correction (region_code, indicator, kind, year, measure, action, value) VALUES ('910101', 'gdp', 'actual', 2022, 'growth_pct', 'replace', 6.1)");
        Assert.Equal(["rankings-2022.xlsx"], WriteChanged());

        File.Delete(Path.Combine(_folder, "rankings-2023.xlsx"));
        Assert.Equal(["rankings-2023.xlsx"], WriteChanged());
    }

    [Fact]
    public void A_workbook_stamped_for_other_content_is_rewritten()
    {
        WriteChanged();
        using (var package = Package.Open(Path.Combine(_folder, "rankings-2022.xlsx"), FileMode.Open, FileAccess.ReadWrite))
        {
            package.PackageProperties.Identifier = WorkbookStamps.Empty(2022);
        }

        Assert.Equal(["rankings-2022.xlsx"], WriteChanged());
        Assert.Equal(WorkbookStamps.Current(_warehouse.Connection)[2022], WorkbookStamps.Read(Path.Combine(_folder, "rankings-2022.xlsx")));
    }

    [Fact]
    public void A_workbook_of_another_build_or_damaged_is_rewritten()
    {
        WriteChanged();
        File.WriteAllText(Path.Combine(_folder, "rankings-2022.xlsx"), "not a workbook");

        Assert.Equal(["rankings-2022.xlsx"], WriteChanged());
    }

    [Theory]
    [InlineData("docProps/core.xml")]
    [InlineData("/package/services/metadata/core-properties/a1.psmdcp")]
    public void A_stamp_is_read_wherever_the_package_relationships_put_the_core_properties(string target)
    {
        var path = Path.Combine(_folder, "other-tool.xlsx");
        WritePackage(path, target, "<dc:identifier>stamp-of-2022</dc:identifier>");

        Assert.Equal("stamp-of-2022", WorkbookStamps.Read(path));
    }

    [Fact]
    public void A_workbook_without_an_identifier_or_core_properties_has_no_stamp()
    {
        var unstamped = Path.Combine(_folder, "unstamped.xlsx");
        WritePackage(unstamped, "docProps/core.xml", "<dc:title>年度报告</dc:title>");
        var withoutProperties = Path.Combine(_folder, "bare.xlsx");
        WritePackage(withoutProperties, target: null, properties: string.Empty);

        Assert.Null(WorkbookStamps.Read(unstamped));
        Assert.Null(WorkbookStamps.Read(withoutProperties));
    }

    /// <summary>A package as another tool might save it: the package relationships and, at <paramref name="target"/>, the core properties.</summary>
    private static void WritePackage(string path, string? target, string properties)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var relationship = target is null ? string.Empty
            : $"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"{target}\"/>";
        Write(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + relationship + "</Relationships>");
        if (target is not null)
        {
            Write(zip, target.TrimStart('/'), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + properties + "</cp:coreProperties>");
        }
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
