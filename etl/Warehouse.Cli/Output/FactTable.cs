using System.Globalization;
using Spectre.Console;
using Warehouse.Extraction;
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
        var console = TableConsole.Create();

        foreach (var (report, facts) in reports)
        {
            if (report.IsNegative)
            {
                continue;
            }

            var title = $"{report.Region?.Name ?? report.RegionName ?? "?"} {report.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {facts.Count} facts";
            var table = new Table { Title = new TableTitle(Markup.Escape(title)) }
                .AddColumns("fact", "value", "conf.", "raw offsets", "evidence");
            foreach (var fact in facts)
            {
                table.AddRow(
                    Markup.Escape(Describe(fact)),
                    Markup.Escape(Value(fact)),
                    fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                    $"{fact.RawStart}–{fact.RawEnd}",
                    Markup.Escape(fact.Evidence));
            }

            console.Write(table);
        }
    }

    /// <summary>gdp actual 2020 growth_pct (rank scope or period start when there is one).</summary>
    private static string Describe(Fact fact)
    {
        var extra = fact.Scope is { } scope ? $" {scope.WireName()}"
            : fact.PeriodStart is { } start ? $" from {start}"
            : "";
        return $"{fact.Indicator} {fact.Kind.WireName()} {fact.Year} {fact.Measure.WireName()}{extra}";
    }

    /// <summary>4.1 %, 6–6.5 % about, 13.28 亿元 estimate.</summary>
    private static string Value(Fact fact)
    {
        var value = fact.Value.ToString(CultureInfo.InvariantCulture);
        if (fact.ValueHigh is { } high)
        {
            value += "–" + high.ToString(CultureInfo.InvariantCulture);
        }

        var words = new[]
        {
            fact.Unit,
            fact.Qualifier == Qualifier.Exact ? null : fact.Qualifier.WireName(),
            fact.Estimate ? "estimate" : null,
        };
        return string.Join(' ', words.Where(w => w is not null).Prepend(value));
    }
}
