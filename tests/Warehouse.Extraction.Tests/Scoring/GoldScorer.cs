using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Warehouse.Extraction.Tests.Scoring;

/// <summary>Counts of one bucket (a kind, or everything).</summary>
public sealed record Score(int Gold, int Predicted, int Right, int RightStrict)
{
    public double Precision => Predicted == 0 ? 0 : (double)Right / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double F1Strict
    {
        get
        {
            var p = Predicted == 0 ? 0 : (double)RightStrict / Predicted;
            var r = Gold == 0 ? 0 : (double)RightStrict / Gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>One scoring error: FP (invented), FN (missed), WRONG (value), LOOSE (unit/qualifier/estimate).</summary>
public sealed record ScoringError(string Type, string Key, FactLine? Predicted, FactLine? Gold);

/// <summary>How many gold reports were found (matched by a predicted report that is not negative), and how many negatives were taken for reports.</summary>
public sealed record ReportCounts(int GoldReports, int Found, int NegativesFlagged)
{
    public double FoundShare => GoldReports == 0 ? 1 : (double)Found / GoldReports;
}

public sealed record ScoreReport(Score Total, IReadOnlyDictionary<string, Score> ByKind, IReadOnlyList<ScoringError> Errors, ReportCounts Reports)
{
    public Score Kind(string kind) => ByKind.TryGetValue(kind, out var score) ? score : new Score(0, 0, 0, 0);

    public string Describe(int maxErrors)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"reports: {Reports.Found} of {Reports.GoldReports} gold reports found; negatives flagged as reports: {Reports.NegativesFlagged}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-14} {"gold",6} {"pred",6} {"precision",9} {"recall",7} {"f1",6} {"f1_strict",9}");
        foreach (var (kind, s) in ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Append(new("ALL", Total)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{kind,-14} {s.Gold,6} {s.Predicted,6} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000} {s.F1Strict,9:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"errors (first {maxErrors} of {Errors.Count}):");
        foreach (var e in Errors.Take(maxErrors))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{e.Type} {e.Key} pred={Show(e.Predicted)} gold={Show(e.Gold)}");
        }

        return text.ToString();
    }

    private static string Show(FactLine? f) =>
        f is null ? "-" : $"({f.Value}, {f.Unit}, {f.Qualifier ?? "exact"}, est={f.Estimate}, \"{f.Evidence}\")";
}

/// <summary>
/// The rules of tests/corpus/score.py, in C#: a predicted report matches a gold report by
/// region_code (else region name) and report_year; a fact by (indicator, kind, year, measure,
/// scope for ranks); it is right when value and value_high agree within 0.01% or 1e-6, and
/// strictly right when unit, qualifier and estimate agree too. Facts of unmatched predicted reports
/// and of gold reports marked negative count as false positives.
/// </summary>
public static class GoldScorer
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "gdp", "industrial_va", "fai", "retail", "budget_revenue", "fiscal_revenue_total", "tax_revenue",
        "budget_expenditure", "urban_income", "rural_income", "resident_income", "trade", "exports", "cpi",
        "unemployment", "new_urban_jobs", "grain_output", "fdi",
    };

    public static readonly IReadOnlySet<string> AllKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "actual", "target", "plan", "period_actual", "rank",
    };

    public static ScoreReport Score(
        (List<ReportLine> Reports, List<FactLine> Facts) gold,
        (List<ReportLine> Reports, List<FactLine> Facts) predicted,
        IReadOnlySet<string>? kinds = null)
    {
        kinds ??= AllKinds;
        var goldReports = gold.Reports.ToDictionary(r => r.Id);
        var goldByKey = new Dictionary<(string, double?), (string, string?)>();
        foreach (var r in gold.Reports)
        {
            foreach (var key in new[] { ReportKey(r), (Trim(r.Region), r.ReportYear) })
            {
                goldByKey.TryAdd(key, r.Id);
            }
        }

        // A page the extractor itself rejects (negative) claims no report.
        var match = new Dictionary<(string, string?), (string, string?)?>();
        foreach (var r in predicted.Reports)
        {
            match[r.Id] = r.Negative ? null
                : goldByKey.TryGetValue(ReportKey(r), out var g) ? g
                : goldByKey.TryGetValue((Trim(r.Region), r.ReportYear), out var byName) ? byName
                : null;
        }

        var found = match.Values.OfType<(string, string?)>().Distinct().Select(id => goldReports[id]).ToList();
        var reports = new ReportCounts(
            gold.Reports.Count(r => !r.Negative), found.Count(r => !r.Negative), found.Count(r => r.Negative));

        var goldFacts = new Dictionary<string, FactLine>(StringComparer.Ordinal);
        foreach (var f in gold.Facts)
        {
            if (Codes.Contains(f.Indicator ?? "") && kinds.Contains(f.Kind ?? "")
                && goldReports.TryGetValue(f.ReportId, out var report) && !report.Negative)
            {
                goldFacts[FactKey(f, Id(f.ReportId))] = f;
            }
        }

        var predictedFacts = new Dictionary<string, FactLine>(StringComparer.Ordinal);
        foreach (var f in predicted.Facts)
        {
            if (!Codes.Contains(f.Indicator ?? "") || !kinds.Contains(f.Kind ?? ""))
            {
                continue;
            }

            var matched = match.GetValueOrDefault(f.ReportId);
            predictedFacts.TryAdd(FactKey(f, matched is { } m ? Id(m) : "unmatched/" + Id(f.ReportId)), f);
        }

        var buckets = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] Bucket(string? kind) => buckets.TryGetValue(kind ?? "", out var b) ? b : buckets[kind ?? ""] = new int[4];
        var errors = new List<ScoringError>();
        foreach (var (key, p) in predictedFacts)
        {
            var bucket = Bucket(p.Kind);
            bucket[1]++;
            if (!goldFacts.TryGetValue(key, out var g))
            {
                errors.Add(new ScoringError("FP", key, p, null));
                continue;
            }

            var right = NumEq(p.Value, g.Value) && NumEq(p.ValueHigh, g.ValueHigh);
            var strict = right && p.Unit == g.Unit && (p.Qualifier ?? "exact") == (g.Qualifier ?? "exact") && p.Estimate == g.Estimate;
            bucket[2] += right ? 1 : 0;
            bucket[3] += strict ? 1 : 0;
            if (!right)
            {
                errors.Add(new ScoringError("WRONG", key, p, g));
            }
            else if (!strict)
            {
                errors.Add(new ScoringError("LOOSE", key, p, g));
            }
        }

        foreach (var (key, g) in goldFacts)
        {
            Bucket(g.Kind)[0]++;
            if (!predictedFacts.ContainsKey(key))
            {
                errors.Add(new ScoringError("FN", key, null, g));
            }
        }

        var byKind = buckets.ToDictionary(b => b.Key, b => new Score(b.Value[0], b.Value[1], b.Value[2], b.Value[3]));
        var total = new Score(byKind.Values.Sum(s => s.Gold), byKind.Values.Sum(s => s.Predicted), byKind.Values.Sum(s => s.Right), byKind.Values.Sum(s => s.RightStrict));
        return new ScoreReport(total, byKind, errors, reports);
    }

    /// <summary>score.py's num_eq: both missing, or equal within max(1e-6, 1e-4·|gold|).</summary>
    public static bool NumEq(JsonElement predicted, JsonElement gold)
    {
        var a = AsNumber(predicted);
        var b = AsNumber(gold);
        if (a.Missing || b.Missing)
        {
            return a.Missing && b.Missing;
        }

        if (a.Value is not { } x || b.Value is not { } y)
        {
            return false;
        }

        return Math.Abs(x - y) <= Math.Max(1e-6, 1e-4 * Math.Abs(y));
    }

    private static (bool Missing, double? Value) AsNumber(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => (true, null),
        JsonValueKind.Number => (false, element.GetDouble()),
        JsonValueKind.String when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => (false, v),
        _ => (false, null),
    };

    private static (string, double?) ReportKey(ReportLine r)
    {
        var code = Trim(r.RegionCode);
        return (code.Length > 0 ? code : Trim(r.Region), r.ReportYear);
    }

    private static string Trim(string? text) => (text ?? "").Trim();

    private static string Id((string File, string? ReportId) id) => $"{Path.GetFileName(id.File)}#{id.ReportId}";

    private static string FactKey(FactLine f, string reportId) =>
        string.Join('|', reportId, f.Indicator, f.Kind, f.Year?.ToString("R", CultureInfo.InvariantCulture), f.Measure, f.Kind == "rank" ? f.Scope : null);
}
