using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Extraction.Output;

/// <summary>
/// Writes a fact as one JSON line in the schema of GOLD.md (scope only for ranks, period_start
/// only for period_actual), plus raw_start, raw_end and confidence.
/// </summary>
public static class FactJsonWriter
{
    /// <summary>Chinese stays readable in the output; JSON-significant characters are still escaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the fact's properties into an object the caller has opened.</summary>
    public static void WriteProperties(Utf8JsonWriter json, string reportId, Fact fact)
    {
        json.WriteString("type", "fact");
        json.WriteString("report_id", reportId);
        json.WriteString("indicator", fact.Indicator);
        json.WriteString("kind", fact.Kind.WireName());
        json.WriteNumber("year", fact.Year);
        json.WriteString("measure", fact.Measure.WireName());
        json.WriteNumber("value", fact.Value);
        if (fact.ValueHigh is { } high)
        {
            json.WriteNumber("value_high", high);
        }
        else
        {
            json.WriteNull("value_high");
        }

        if (fact.Unit is { } unit)
        {
            json.WriteString("unit", unit);
        }
        else
        {
            json.WriteNull("unit");
        }

        json.WriteString("qualifier", fact.Qualifier.WireName());
        json.WriteBoolean("estimate", fact.Estimate);
        if (fact.Kind == FactKind.Rank && fact.Scope is { } scope)
        {
            json.WriteString("scope", scope.WireName());
        }

        if (fact.Kind == FactKind.PeriodActual && fact.PeriodStart is { } start)
        {
            json.WriteNumber("period_start", start);
        }

        json.WriteString("evidence", fact.Evidence);
        json.WriteNumber("raw_start", fact.RawStart);
        json.WriteNumber("raw_end", fact.RawEnd);
        json.WriteNumber("confidence", fact.Confidence);
    }

    /// <summary>The fact as a single JSON line (no trailing newline).</summary>
    public static string ToJsonLine(string reportId, Fact fact)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteProperties(json, reportId, fact);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
