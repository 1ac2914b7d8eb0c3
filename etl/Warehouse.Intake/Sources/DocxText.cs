using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Warehouse.Sources;

/// <summary>
/// The text of a Word (.docx) file: one line per paragraph, table cells included. A .docx is a
/// zip archive, and a few hundred kilobytes of it can inflate to gigabytes (a decompression bomb),
/// so before the Open XML SDK reads anything every part is inflated once through a counter:
/// a file with more parts, or more bytes inflated, than the limits is skipped with its reason.
/// The text is then read with the SDK's streaming reader, never as a whole XML tree in memory.
/// </summary>
public static class DocxText
{
    /// <summary>A Word document has a few dozen parts; one with images a few hundred.</summary>
    public const int MaxParts = 1_000;

    /// <param name="maxInflatedBytes">The most bytes the archive's parts may inflate to, together.</param>
    public static DecodeResult Read(byte[] bytes, long maxInflatedBytes = SourceScanOptions.DefaultMaxBytes)
    {
        try
        {
            if (ArchiveTooLarge(bytes, maxInflatedBytes) is { } tooLarge)
            {
                return new DecodeResult(null, null, tooLarge);
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            if (document.MainDocumentPart is not { } main)
            {
                return new DecodeResult(null, null, "not a Word document: no document body");
            }

            var text = Paragraphs(main);
            return string.IsNullOrWhiteSpace(text)
                ? new DecodeResult(null, null, "empty Word document")
                : new DecodeResult(text, "docx", null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return new DecodeResult(null, null, $"not a readable .docx ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Why the archive is too large to open, or null. Inflates each part into a small buffer it reuses, keeping nothing.</summary>
    private static string? ArchiveTooLarge(byte[] bytes, long maxInflatedBytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > MaxParts)
        {
            return $"archive bomb: {archive.Entries.Count:N0} parts in the .docx, limit {MaxParts:N0}";
        }

        var buffer = new byte[1 << 16];
        long inflated = 0;
        foreach (var entry in archive.Entries)
        {
            using var part = entry.Open();
            for (var read = part.Read(buffer); read > 0; read = part.Read(buffer))
            {
                inflated += read;
                if (inflated > maxInflatedBytes)
                {
                    return $"archive bomb: the .docx inflates to more than {maxInflatedBytes:N0} bytes ({bytes.Length:N0} stored; stopped in {entry.FullName})";
                }
            }
        }

        return null;
    }

    /// <summary>Paragraphs, one per line, with their tabs and line breaks (which InnerText would drop); a paragraph inside another (a text box) ends the line before it.</summary>
    private static string Paragraphs(MainDocumentPart main)
    {
        var text = new StringBuilder();
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Paragraph))
            {
                if (text.Length > 0 && text[^1] != '\n')
                {
                    text.Append('\n');
                }
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(DocumentFormat.OpenXml.Wordprocessing.Text))
            {
                text.Append(reader.GetText());
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(TabChar))
            {
                text.Append('\t');
            }
            else if (reader.IsStartElement && (reader.ElementType == typeof(Break) || reader.ElementType == typeof(CarriageReturn)))
            {
                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
