using System.Data.Common;
using System.Globalization;
using System.IO.Packaging;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Dapper;
using Warehouse.Sql;

namespace Warehouse.Reports;

/// <summary>
/// What a workbook was made from, so that a run rewrites only the workbooks whose content
/// changed. The stamp of a data year is a hash of the warehouse's inputs to that year's workbook
/// (sql/reporting/workbook_inputs.sql: its documents, corrections, reference data and views) and
/// of the reporting code's build; each workbook carries its stamp in its core properties
/// (dc:identifier, which Excel and LibreOffice keep but do not show).
/// </summary>
public static class WorkbookStamps
{
    /// <summary>Changes with every build of the reporting code or of the SQL it reads.</summary>
    private static readonly string CodeIdentity = string.Join(',',
        typeof(WorkbookStamps).Assembly.ManifestModule.ModuleVersionId,
        typeof(SqlFiles).Assembly.ManifestModule.ModuleVersionId);

    /// <summary>The stamp each data year's workbook should carry now, for every data year.</summary>
    public static IReadOnlyDictionary<int, string> Current(DbConnection warehouse)
    {
        var rows = warehouse.Query<(int? Year, string Inputs)>(SqlFiles.Get("reporting/workbook_inputs")).AsList();
        var shared = rows.Single(row => row.Year is null).Inputs;
        return rows.Where(row => row.Year is not null).ToDictionary(row => row.Year!.Value, row => Stamp(row.Year!.Value, $"{shared}|{row.Inputs}"));
    }

    /// <summary>The stamp of a year with nothing in the warehouse.</summary>
    public static string Empty(int year) => Stamp(year, string.Empty);

    /// <summary>
    /// The stamp the workbook at <paramref name="path"/> carries; null when it is missing, unstamped
    /// or unreadable. Read with System.IO.Packaging alone, which reads the package's relationships
    /// and its core properties and nothing else: opening it as a spreadsheet loads every part's
    /// relationships too, about 10 times slower for a national workbook (20 of them every night).
    /// </summary>
    public static string? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var package = Package.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return package.PackageProperties.Identifier;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or FileFormatException or XmlException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Stamp(int year, string inputs) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{CodeIdentity}|{year}|{inputs}"))));
}
