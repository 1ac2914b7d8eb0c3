using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Warehouse.Reports.Excel;

/// <summary>
/// The workbook's zip package, written front to back. System.IO.Packaging opened write-only
/// compresses each part as it is written; the SDK's own package is read-write, and a read-write
/// zip holds every part uncompressed in memory until it is closed (Open-XML-SDK issue #807): about
/// 90 MB for one national year's workbook, more while the buffer of the facts sheet grows. So the
/// SDK gives us its typed elements and the package is ours.
/// <para>
/// Write-only has one rule: a part is written whole as soon as it is created, because creating
/// the next part closes the last one for good. So a parent relates to its children by name first
/// (<see cref="Reserve"/>, <see cref="Relate"/>), is written, and then its children are; the
/// package writes the relationships and content types when it is closed.
/// </para>
/// </summary>
internal sealed class ExcelPackage : IDisposable
{
    /// <summary>The namespace of the spreadsheet markup (worksheets, shared strings).</summary>
    public const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly Package _package;
    private readonly Dictionary<ExcelPartType, int> _counts = [];

    /// <param name="identifier">Kept in the core properties (see <see cref="WorkbookStamps"/>); null for none.</param>
    public ExcelPackage(Stream stream, string? identifier)
    {
        _package = Package.Open(stream, FileMode.Create, FileAccess.Write);
        if (identifier is not null)
        {
            _package.PackageProperties.Identifier = identifier;
        }
    }

    /// <summary>The name of the next part of <paramref name="type"/>.</summary>
    public Uri Reserve(ExcelPartType type)
    {
        var number = _counts[type] = _counts.GetValueOrDefault(type) + 1;
        return new Uri(string.Format(CultureInfo.InvariantCulture, type.PathFormat, number), UriKind.Relative);
    }

    /// <summary>Creates the part <paramref name="uri"/>; write it before creating another.</summary>
    public PackagePart Create(Uri uri, ExcelPartType type) => _package.CreatePart(uri, type.ContentType, CompressionOption.Normal);

    /// <summary>A relationship from <paramref name="from"/> (the package itself when null) to the part <paramref name="to"/>; returns its id.</summary>
    public string Relate(PackagePart? from, Uri to, ExcelPartType type) =>
        (from is null ? _package.CreateRelationship(to, TargetMode.Internal, type.RelationshipType) : from.CreateRelationship(to, TargetMode.Internal, type.RelationshipType)).Id;

    /// <summary>A relationship from <paramref name="part"/> to a file or web address outside the package; returns its id.</summary>
    public static string AddHyperlink(PackagePart part, string target) =>
        part.CreateRelationship(new Uri(target, UriKind.RelativeOrAbsolute), TargetMode.External, ExcelPartType.HyperlinkRelationship).Id;

    /// <summary>An XML writer over a part's content stream, which stays open after it.</summary>
    public static XmlWriter OpenXml(Stream content) =>
        XmlWriter.Create(content, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });

    /// <summary>Writes one of the SDK's typed elements as the part's content.</summary>
    public static void Write(PackagePart part, OpenXmlElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXml(stream);
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
    }

    public void Dispose() => _package.Close();
}
