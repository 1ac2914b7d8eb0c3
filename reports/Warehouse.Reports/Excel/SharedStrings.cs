using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Reports.Excel;

/// <summary>
/// The workbook's shared string table: each distinct text stored once, cells refer to it by
/// index (province names repeat thousands of times).
/// </summary>
internal sealed class SharedStrings
{
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
        using var writer = OpenXmlWriter.Create(stream);
        var count = _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", string.Empty, count), new OpenXmlAttribute("uniqueCount", string.Empty, count)]);
        foreach (var text in _texts)
        {
            writer.WriteStartElement(new SharedStringItem());
            var element = new Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(element);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
