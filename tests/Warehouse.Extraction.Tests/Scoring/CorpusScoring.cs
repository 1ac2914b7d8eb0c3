using System.Text.Json;
using Warehouse.Extraction.Output;
using Warehouse.Identification;

namespace Warehouse.Extraction.Tests.Scoring;

/// <summary>
/// The real reader and extractor over a folder of documents, scored against its gold folder with
/// score.py's rules: what `warehouse extract DOCS --format jsonl | score.py GOLD` measures.
/// </summary>
internal static class CorpusScoring
{
    public static ScoreReport Score(string documents, string gold)
    {
        var goldLines = Directory.GetFiles(gold, "*.jsonl").Order(StringComparer.Ordinal)
            .Select(file => ScoringLines.Load(file, File.ReadLines(file)))
            .Aggregate((Reports: new List<ReportLine>(), Facts: new List<FactLine>()), (all, one) =>
            {
                all.Reports.AddRange(one.Reports);
                all.Facts.AddRange(one.Facts);
                return all;
            });
        return GoldScorer.Score(goldLines, ScoringLines.Load("predicted.jsonl", PredictedLines(documents)));
    }

    /// <summary>What `warehouse extract --format jsonl` would write for the documents.</summary>
    private static IEnumerable<string> PredictedLines(string documents)
    {
        var extractor = new FactExtractor();
        var index = 0;
        foreach (var report in new ReportReader().ReadReports(documents))
        {
            var id = $"report-{index++}";
            yield return JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["type"] = "report",
                ["report_id"] = id,
                ["region"] = report.Region?.Name ?? report.RegionName,
                ["region_code"] = report.Region?.Code,
                ["report_year"] = report.ReportYear,
                ["negative"] = report.IsNegative,
            });
            foreach (var fact in extractor.Extract(report))
            {
                yield return FactJsonWriter.ToJsonLine(id, fact);
            }
        }
    }
}
