using System.Text.Json;
using Dapper;
using Warehouse.Sources;

namespace Warehouse.Loading.Tests;

/// <summary>
/// One coordinate system for evidence: the warehouse keeps the offsets `extract --format jsonl`
/// prints (a fact's from its report's start, the report's start in its file's decoded text), and
/// the file's text at report start + offsets is the evidence.
/// </summary>
public sealed class EvidenceOffsetTests
{
    private sealed record Located(string File, int ReportStart, int Start, int End, string Evidence);

    [Fact]
    public void Every_loaded_evidence_is_at_its_reports_start_plus_its_offsets_and_extract_prints_the_same_numbers()
    {
        using var seeds = new SeedWarehouse();
        // A dump of two reports in one file, so that a report starts past the file's start.
        File.WriteAllText(Path.Combine(seeds.Input, "dump.txt"), string.Join("\n\n", seeds.InputFiles.Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).Take(2).Select(File.ReadAllText)));
        seeds.Run();
        List<Located> loaded;
        using (var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath))
        {
            loaded = connection.Query<(string SourcePath, int ReportStart, int Start, int End, string Evidence)>(
                """
                SELECT d.source_path, d.raw_start, f.raw_start, f.raw_end, f.evidence
                FROM fact_indicator f JOIN dim_document d USING (document_id)
                UNION ALL
                SELECT d.source_path, d.raw_start, c.raw_start, c.raw_end, c.evidence
                FROM fact_rank_claim c JOIN dim_document d USING (document_id)
                """).Select(row => new Located(row.SourcePath, row.ReportStart, row.Start, row.End, row.Evidence)).ToList();
        }

        Assert.NotEmpty(loaded);
        Assert.Contains(loaded, fact => fact.ReportStart > 0);
        var texts = loaded.Select(fact => fact.File).Distinct().ToDictionary(path => path, path => ((SourceFile)new SourceScanner().Read(path)).Text);
        Assert.All(loaded, fact =>
            Assert.Equal(fact.Evidence, texts[fact.File][(fact.ReportStart + fact.Start)..(fact.ReportStart + fact.End)]));

        var printed = Extracted(seeds.Input);
        var missing = loaded.Select(fact => fact with { File = Path.GetFileName(fact.File) }).Except(printed).ToList();
        Assert.True(missing.Count == 0, $"not printed by extract: {string.Join("; ", missing.Take(5))}");
    }

    /// <summary>The evidence and offsets `warehouse extract --format jsonl` prints for the files of a folder.</summary>
    private static HashSet<Located> Extracted(string folder)
    {
        var (exitCode, output, error) = ChildRun.RunWarehouse(["extract", folder, "--format", "jsonl"]);
        Assert.True(exitCode == 0, error);
        var reports = new Dictionary<string, (string File, int Start)>();
        var facts = new HashSet<Located>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            var reportId = row.GetProperty("report_id").GetString()!;
            if (row.GetProperty("type").GetString() == "report")
            {
                reports[reportId] = (Path.GetFileName(row.GetProperty("source_path").GetString()!), row.GetProperty("raw_start").GetInt32());
            }
            else
            {
                var report = reports[reportId];
                facts.Add(new Located(report.File, report.Start, row.GetProperty("raw_start").GetInt32(), row.GetProperty("raw_end").GetInt32(),
                    row.GetProperty("evidence").GetString()!));
            }
        }

        return facts;
    }
}
