using System.Text.Json;

namespace Warehouse.Extraction.Tests.Scoring;

/// <summary>A report line of a gold or predicted JSONL file (only what scoring reads).</summary>
public sealed record ReportLine(string File, string? ReportId, string? Region, string? RegionCode, double? ReportYear, bool Negative)
{
    /// <summary>The report's identity across files: (file, report_id), as score.py keys it.</summary>
    public (string, string?) Id => (File, ReportId);
}

/// <summary>A fact line, attached to its report line.</summary>
public sealed record FactLine(
    (string, string?) ReportId,
    string? Indicator,
    string? Kind,
    double? Year,
    string? Measure,
    string? Scope,
    JsonElement Value,
    JsonElement ValueHigh,
    string? Unit,
    string? Qualifier,
    bool Estimate,
    string? Evidence);

/// <summary>Reads JSONL the way score.py's load() does: a fact belongs to its report_id in the same file, else to the last report line.</summary>
public static class ScoringLines
{
    public static (List<ReportLine> Reports, List<FactLine> Facts) Load(string file, IEnumerable<string> lines)
    {
        var reports = new List<ReportLine>();
        var facts = new List<FactLine>();
        (string, string?)? last = null;
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var o = JsonDocument.Parse(line).RootElement.Clone();
            var type = Str(o, "type");
            if (type == "report")
            {
                var report = new ReportLine(file, Str(o, "report_id"), Str(o, "region"), Str(o, "region_code"), Num(o, "report_year"), Bool(o, "negative"));
                reports.RemoveAll(r => r.Id == report.Id);
                reports.Add(report);
                last = report.Id;
            }
            else if (type == "fact")
            {
                var own = (file, Str(o, "report_id"));
                var id = reports.Any(r => r.Id == own) ? own : last ?? (file, null);
                facts.Add(new FactLine(
                    id, Str(o, "indicator"), Str(o, "kind"), Num(o, "year"), Str(o, "measure"), Str(o, "scope"),
                    Prop(o, "value"), Prop(o, "value_high"), Str(o, "unit"), Str(o, "qualifier"), Bool(o, "estimate"), Str(o, "evidence")));
            }
        }

        return (reports, facts);
    }

    private static JsonElement Prop(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) ? value : default;

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool Bool(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
