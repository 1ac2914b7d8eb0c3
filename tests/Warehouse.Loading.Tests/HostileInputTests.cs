using System.IO.Compression;
using System.Text;
using Dapper;
using Warehouse.Pipeline;

namespace Warehouse.Loading.Tests;

/// <summary>
/// 500 generated hostile files (random bytes under every report extension, truncated and
/// corrupted .docx, wrong and broken encodings, huge lines, deeply nested and malformed HTML,
/// empty files) beside the good seed reports, through the real run: it completes as succeeded,
/// every hostile file has one outcome that either gives reports or says why not, and the good
/// files load as they would alone. The files come from a fixed seed, so a failure reproduces.
/// </summary>
public sealed class HostileInputTests
{
    private const int HostileFiles = 500;

    private static readonly Func<Random, string, (string Extension, byte[] Bytes)>[] Generators =
    [
        (random, _) => (".txt", RandomBytes(random, random.Next(0, 64 * 1024))),
        (random, _) => (".html", RandomBytes(random, random.Next(0, 64 * 1024))),
        (random, _) => (".docx", RandomBytes(random, random.Next(0, 64 * 1024))),
        (random, text) => (".docx", Truncated(random, Docx(text))),
        (random, text) => (".docx", Corrupted(random, Docx(text))),
        (random, text) => (".docx", Docx(Encoding.UTF8.GetString(RandomBytes(random, 2000)).Replace("<", "", StringComparison.Ordinal), escape: false)),
        (random, text) => (".txt", Truncated(random, Gb18030.GetBytes(text))),
        (random, text) => (".txt", Encoding.Unicode.GetBytes(text)),
        (random, text) => (".txt", Corrupted(random, Encoding.UTF8.GetBytes(text))),
        (random, text) => (".txt", Encoding.UTF8.GetBytes(new string('增', random.Next(50_000, 300_000)) + text[..Math.Min(text.Length, 2000)])),
        (random, text) => (".html", Encoding.UTF8.GetBytes(DeepHtml(random, text))),
        (random, text) => (".html", Encoding.UTF8.GetBytes(TagSoup(random, text))),
        (random, text) => (".html", Encoding.UTF8.GetBytes($"<meta charset=\"{(random.Next(2) == 0 ? "gbk" : "x-no-such-charset")}\"><p>{text}</p>")),
        (random, _) => (random.Next(3) switch { 0 => ".txt", 1 => ".html", _ => ".htm" }, random.Next(3) switch
        {
            0 => [],
            1 => [0xEF, 0xBB, 0xBF],
            _ => Encoding.UTF8.GetBytes(new string(' ', random.Next(1, 5000)) + "\n\t\r\n"),
        }),
    ];

    private static readonly string[] Tags = ["div", "p", "script", "style", "form", "table", "td", "nav", "ruby", "rt", "textarea", "title", "svg", "!--", "plaintext", "b", "select", "iframe"];

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    [Fact]
    public void Five_hundred_hostile_files_each_get_an_outcome_with_a_reason_and_the_good_files_still_load()
    {
        using var seeds = new SeedWarehouse();
        var good = seeds.InputFiles;
        var texts = good.Select(File.ReadAllText).ToList();
        var hostileFolder = Directory.CreateDirectory(Path.Combine(seeds.Input, "hostile")).FullName;
        var hostile = new List<string>();
        for (var i = 0; i < HostileFiles; i++)
        {
            var random = new Random(20261201 + i);
            var (extension, bytes) = Generators[i % Generators.Length](random, texts[i % texts.Count]);
            var path = Path.Combine(hostileFolder, $"{i:D3}{extension}");
            File.WriteAllBytes(path, bytes);
            hostile.Add(path);
        }

        var summary = seeds.Run();

        Assert.Equal(RunStatus.Succeeded, summary.Status);
        Assert.Equal(good.Count + HostileFiles, summary.Counts.FilesSeen);
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);
        var outcomes = connection.Query<(string SourcePath, string Status, string? Reason, int Reports)>(
            "SELECT source_path, status, reason, reports FROM etl_document WHERE run_id = $runId", new { runId = summary.RunId })
            .ToLookup(outcome => outcome.SourcePath, StringComparer.Ordinal);
        Assert.All(hostile, path =>
        {
            var outcome = Assert.Single(outcomes[path]);
            Assert.Contains(outcome.Status, new[] { FileOutcome.New, FileOutcome.Skipped });
            Assert.True(outcome.Reports > 0 || !string.IsNullOrWhiteSpace(outcome.Reason), $"{path}: {outcome.Status} with no report and no reason");
        });
        Assert.All(good, path =>
        {
            var outcome = Assert.Single(outcomes[path]);
            Assert.Equal((FileOutcome.New, true), (outcome.Status, outcome.Reports > 0));
        });

        using var alone = new SeedWarehouse();
        alone.Run();
        Assert.Equal(alone.Facts().Select(Relative(alone.Input)), seeds.Facts().Where(fact => good.Contains(fact.SourcePath)).Select(Relative(seeds.Input)));
    }

    private static Func<FactRow, FactRow> Relative(string folder) =>
        fact => fact with { SourcePath = Path.GetRelativePath(folder, fact.SourcePath) };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Truncated(Random random, byte[] bytes) => bytes[..random.Next(0, bytes.Length)];

    /// <summary>The bytes with about one in a hundred replaced at random.</summary>
    private static byte[] Corrupted(Random random, byte[] bytes)
    {
        var copy = bytes.ToArray();
        for (var i = 0; i < copy.Length / 100 + 1; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static string DeepHtml(Random random, string text)
    {
        var depth = random.Next(1_000, 50_000);
        var open = Tags[random.Next(Tags.Length)] is var tag && tag.StartsWith('!') ? "div" : tag;
        return new StringBuilder().Insert(0, $"<{open}>", depth).Append(text).Insert(0, "<html><body>").ToString();
    }

    /// <summary>Tags opened and closed at random, cut attributes and entities, between pieces of a report.</summary>
    private static string TagSoup(Random random, string text)
    {
        var html = new StringBuilder();
        for (var at = 0; at < text.Length;)
        {
            var piece = random.Next(1, 400);
            html.Append(text, at, Math.Min(piece, text.Length - at));
            at += piece;
            var tag = Tags[random.Next(Tags.Length)];
            html.Append(random.Next(6) switch
            {
                0 => $"<{tag}>",
                1 => $"</{tag}>",
                2 => $"<{tag} class=\"a",
                3 => "&#x",
                4 => $"<{tag}/>",
                _ => "&nbsp;&lt;&#22686;&amp",
            });
        }

        return html.ToString();
    }

    /// <summary>A .docx whose one paragraph holds <paramref name="text"/> (escaped unless told otherwise, to make broken XML).</summary>
    private static byte[] Docx(string text, bool escape = true)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }

            Add("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = escape ? System.Security.SecurityElement.Escape(text) : text;
            Add("word/document.xml", $"""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>""");
        }

        return buffer.ToArray();
    }
}
