using System.IO.Packaging;

namespace Warehouse.Reports.Excel;

/// <summary>
/// The workbook's shared string table: each distinct text stored once, cells refer to it by
/// index (province names repeat thousands of times). Written with a plain XmlWriter: one typed
/// element per string through the SDK's writer cost a tenth of a national workbook's writing.
/// </summary>
internal sealed class SharedStrings
{
    private const string Main = ExcelPackage.SpreadsheetNamespace;

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int IndexOf(string text)
    {
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indexes.Add(text, index);
        }

        return index;
    }

    public void WriteTo(PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = ExcelPackage.OpenXml(stream);
        var count = _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("sst", Main);
        writer.WriteAttributeString("count", count);
        writer.WriteAttributeString("uniqueCount", count);
        foreach (var text in _texts)
        {
            writer.WriteStartElement("si", Main);
            writer.WriteStartElement("t", Main);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                writer.WriteAttributeString("xml", "space", null, "preserve");
            }

            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
