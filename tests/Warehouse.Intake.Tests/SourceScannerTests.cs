using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Warehouse.Sources;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Warehouse.Intake.Tests;

public sealed class SourceScannerTests
{
    [Fact]
    public void ScansFoldersRecursivelyAndHashesContent()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("各位代表:现在我代表县人民政府报告工作。");
        var nested = folder.Write("a/b/report.txt", bytes);
        folder.Write("a/page.HTML", Encoding.UTF8.GetBytes("<p>各位代表</p>"));
        folder.Write("a/notes.md", Encoding.UTF8.GetBytes("not an input"));

        var results = new SourceScanner().Scan([folder.Path]).ToList();

        Assert.Equal(2, results.Count);
        var text = Assert.Single(results.OfType<SourceFile>(), file => file.Path == nested);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), text.ContentHash);
        Assert.Equal(SourceKind.PlainText, text.Kind);
        Assert.Single(results.OfType<SourceFile>(), file => file.Kind == SourceKind.Html);
    }

    [Fact]
    public void SkipsBadFilesWithReasonsAndGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("1-empty.txt", []);
        folder.Write("2-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
        folder.Write("3-huge.txt", Encoding.UTF8.GetBytes(new string('长', 2000)));
        folder.Write("4-broken.docx", Encoding.UTF8.GetBytes("this is not a zip"));
        folder.Write("5-good.txt", Encoding.UTF8.GetBytes("各位代表:"));

        var results = new SourceScanner(new SourceScanOptions(MaxBytes: 1000)).Scan([folder.Path, Path.Combine(folder.Path, "missing.txt")]).ToList();

        var reasons = results.OfType<SkippedFile>().ToDictionary(skip => Path.GetFileName(skip.Path), skip => skip.Reason);
        Assert.Contains("empty", reasons["1-empty.txt"]);
        Assert.Contains("binary", reasons["2-binary.txt"]);
        Assert.Contains("too large", reasons["3-huge.txt"]);
        Assert.Contains("docx", reasons["4-broken.docx"]);
        Assert.Contains("no such file", reasons["missing.txt"]);
        Assert.Equal("5-good.txt", Path.GetFileName(Assert.Single(results.OfType<SourceFile>()).Path));
    }

    [Fact]
    public void ReadsDocxParagraphs()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new WordText("2023年某县政府工作报告"))),
                new Paragraph(new Run(new WordText("各位代表:")), new Run(new WordText(" 现在,") { Space = SpaceProcessingModeValues.Preserve })),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new WordText("地区生产总值增长5%"))))))));
        }

        var file = Assert.IsType<SourceFile>(new SourceScanner().Read(path));

        Assert.Equal(SourceKind.Docx, file.Kind);
        Assert.Equal("2023年某县政府工作报告\n各位代表: 现在,\n地区生产总值增长5%", file.Text);
    }

    [Fact]
    public void A_docx_decompression_bomb_is_skipped_within_a_memory_bound()
    {
        using var folder = new TempFolder();
        var bomb = folder.Write("bomb.docx", Docx(archive =>
        {
            using var part = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>" + new string('A', 4000) + "</w:t></w:r></w:p>");
            part.Write(Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            for (var written = 0L; written < 1L << 30; written += paragraph.Length)
            {
                part.Write(paragraph);
            }

            part.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        }));
        Assert.InRange(new FileInfo(bomb).Length, 100_000, 2_000_000);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = new SourceScanner().Read(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var skipped = Assert.IsType<SkippedFile>(result);
        Assert.Contains("archive bomb", skipped.Reason);
        Assert.True(allocated < 64L << 20, $"reading the bomb allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_docx_of_too_many_parts_is_skipped_with_its_reason()
    {
        using var folder = new TempFolder();
        var crowded = folder.Write("crowded.docx", Docx(archive =>
        {
            for (var i = 0; i <= DocxText.MaxParts; i++)
            {
                archive.CreateEntry($"word/media/image{i}.png");
            }
        }));

        var skipped = Assert.IsType<SkippedFile>(new SourceScanner().Read(crowded));

        Assert.Contains("parts", skipped.Reason);
    }

    /// <summary>The bytes of a zip with a .docx's content types and relationships, plus what <paramref name="addParts"/> adds.</summary>
    private static byte[] Docx(Action<ZipArchive> addParts)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }

            Add("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            addParts(archive);
        }

        return buffer.ToArray();
    }
}
