using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Warehouse.Identification;
using Warehouse.Regions;

namespace Warehouse.Cli.Output;

/// <summary>
/// Writes `extract --format jsonl` output: one JSON object per line in the schema of
/// tests/corpus/GOLD.md. A report line per report (with extras: source path, offsets,
/// negative flag and reason, warnings); fact lines follow their report (extraction stage).
/// Chinese stays readable (no \uXXXX escapes). Not thread-safe: one writer per output.
/// </summary>
public sealed class ExtractionJsonWriter(TextWriter output)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    // One line's buffer and JSON writer serve every line: a national run writes hundreds of thousands.
    private readonly ArrayBufferWriter<byte> _line = new();
    private readonly Utf8JsonWriter _json = new(Stream.Null, Options);

    /// <summary>Writes the report line and returns the report_id that its fact lines must carry.</summary>
    public string WriteReport(WorkReport report)
    {
        var id = UniqueId(ReportId(report));
        WriteLine(json =>
        {
            json.WriteString("type", "report");
            json.WriteString("report_id", id);
            json.WriteString("region", report.Region?.Name ?? report.RegionName);
            json.WriteString("region_code", report.Region?.Code);
            json.WriteString("level", report.Region is { } r ? RegionLevels.Name(r.Level) : null);
            json.WriteString("parent", report.Region?.ParentName);
            json.WriteString("province", report.Region?.ProvinceName);
            WriteNumberOrNull(json, "report_year", report.ReportYear);
            WriteNumberOrNull(json, "review_year", report.ReviewYear);
            json.WriteString("meeting_date", report.MeetingDate);
            json.WriteString("title_evidence", report.TitleEvidence);
            json.WriteString("source_path", report.SourcePath);
            json.WriteString("content_hash", report.ContentHash);
            json.WriteNumber("index_in_file", report.IndexInFile);
            json.WriteNumber("raw_start", report.RawStart);
            json.WriteNumber("raw_length", report.Text.Raw.Length);
            json.WriteString("document_kind", report.Kind.Name());
            json.WriteBoolean("negative", report.IsNegative);
            json.WriteString("negative_reason", report.NegativeReason);
            json.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
        });
        return id;
    }

    /// <summary>region_code-report_year (431225-2021), or the file's hash and index when either is unknown.</summary>
    public static string ReportId(WorkReport report) =>
        report.Region is { } region && report.ReportYear is { } year
            ? $"{region.Code}-{year}"
            : $"{report.ContentHash[..Math.Min(12, report.ContentHash.Length)]}-{report.IndexInFile}";

    /// <summary>Writes one JSON object as one line; for the fact lines the extraction stage adds.</summary>
    public void WriteLine(Action<Utf8JsonWriter> writeProperties)
    {
        _line.ResetWrittenCount();
        _json.Reset(_line);
        _json.WriteStartObject();
        writeProperties(_json);
        _json.WriteEndObject();
        _json.Flush();
        output.WriteLine(System.Text.Encoding.UTF8.GetString(_line.WrittenSpan));
    }

    private string UniqueId(string id)
    {
        var unique = id;
        for (var n = 2; !_usedIds.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
