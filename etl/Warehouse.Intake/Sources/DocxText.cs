using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Warehouse.Sources;

/// <summary>The text of a Word (.docx) file: one line per paragraph, table cells included.</summary>
public static class DocxText
{
    public static DecodeResult Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return new DecodeResult(null, null, "not a Word document: no document body");
            }

            var text = string.Join('\n', body.Descendants<Paragraph>().Select(ParagraphText));
            return string.IsNullOrWhiteSpace(text)
                ? new DecodeResult(null, null, "empty Word document")
                : new DecodeResult(text, "docx", null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return new DecodeResult(null, null, $"not a readable .docx ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>A paragraph's text with its tabs and line breaks, which InnerText would drop.</summary>
    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(element => element switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text text => text.Text,
            TabChar => "\t",
            Break or CarriageReturn => "\n",
            _ => "",
        }));
}
