using System.Globalization;
using Spectre.Console;
using Warehouse.Extraction;
using Warehouse.Extraction.Output;
using Warehouse.Identification;

namespace Warehouse.Cli.Output;

/// <summary>
/// `extract --format table`: one table of facts per report, each with the raw text it came from
/// and its offsets, so a person can check every figure against the source.
/// </summary>
internal static class FactTable
{
    public static void Write(IEnumerable<(WorkReport Report, IReadOnlyList<Fact> Facts)> reports)
    {
        foreach (var (report, facts) in reports)
        {
            if (report.IsNegative)
            {
                continue;
            }

            var title = $"{report.Region?.Name ?? report.RegionName ?? "?"} {report.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {facts.Count} facts";
            var table = new Table { Title = new TableTitle(Markup.Escape(title)) }
                .AddColumns("indicator", "kind", "year", "measure", "value", "unit", "qualifier", "est.", "scope/start", "conf.", "raw", "evidence");
            foreach (var fact in facts)
            {
                var value = fact.ValueHigh is { } high
                    ? $"{fact.Value.ToString(CultureInfo.InvariantCulture)}–{high.ToString(CultureInfo.InvariantCulture)}"
                    : fact.Value.ToString(CultureInfo.InvariantCulture);
                var scopeOrStart = fact.Scope is { } scope
                    ? GoldNames.Of(scope)
                    : fact.PeriodStart?.ToString(CultureInfo.InvariantCulture) ?? "";
                table.AddRow(
                    fact.Indicator,
                    GoldNames.Of(fact.Kind),
                    fact.Year.ToString(CultureInfo.InvariantCulture),
                    GoldNames.Of(fact.Measure),
                    value,
                    Markup.Escape(fact.Unit ?? ""),
                    GoldNames.Of(fact.Qualifier),
                    fact.Estimate ? "yes" : "",
                    scopeOrStart,
                    fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                    $"{fact.RawStart}–{fact.RawEnd}",
                    Markup.Escape(fact.Evidence));
            }

            AnsiConsole.Write(table);
        }
    }
}
