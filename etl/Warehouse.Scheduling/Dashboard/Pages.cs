using System.Text;
using Warehouse.Loading;
using static Warehouse.Scheduling.Dashboard.Html;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// The two pages Hangfire's dashboard does not have: the run summary from the warehouse's own
/// run log with the latest workbooks, and one run with its skipped files and their reasons.
/// </summary>
internal static class Pages
{
    public static string Overview(
        string node,
        DateTimeOffset? nextRun,
        IReadOnlyList<RunEntry> runs,
        bool warehouseExists,
        IReadOnlyList<FileInfo> workbooks,
        TimeZoneInfo zone,
        string? fault)
    {
        var body = new StringBuilder();
        body.Append("<h1>Warehouse</h1>");
        body.Append(Fault(fault));
        body.Append($"<p>Node <code>{E(node)}</code>. Next scheduled run: <span id=\"next-run\">{Time(nextRun, zone)}</span>. Times in {E(zone.Id)}.</p>");
        body.Append("<p><a id=\"jobs-link\" href=\"/hangfire\">Jobs, history, retries, trigger now</a> (Hangfire dashboard) · <a href=\"/healthz\">Health</a></p>");

        body.Append("<h2>Runs</h2>");
        if (runs.Count == 0)
        {
            body.Append(warehouseExists ? "<p id=\"no-runs\">No run yet.</p>" : "<p id=\"no-runs\">No warehouse yet: the first run creates it.</p>");
        }
        else
        {
            body.Append("<table id=\"runs\"><thead><tr><th>Run</th><th>Started</th><th>Finished</th><th>Status</th>")
                .Append("<th>Files seen</th><th>New</th><th>Changed</th><th>Unchanged</th><th>Skipped</th><th>Removed</th><th>Facts loaded</th></tr></thead><tbody>");
            foreach (var run in runs)
            {
                body.Append("<tr class=\"run\">")
                    .Append($"<td><a href=\"/runs/{E(run.RunId)}\">{E(run.RunId)}</a></td>")
                    .Append($"<td>{Time(run.StartedAt, zone)}</td>")
                    .Append($"<td>{Time(run.FinishedAt, zone)}</td>")
                    .Append($"<td class=\"status status-{E(run.Status)}\">{E(run.Status)}</td>")
                    .Append(CountCells(run.Counts))
                    .Append("</tr>");
            }

            body.Append("</tbody></table>");
        }

        body.Append("<h2>Latest workbooks</h2>");
        if (workbooks.Count == 0)
        {
            body.Append("<p>No workbook in the output folder yet.</p>");
        }
        else
        {
            body.Append("<ul id=\"workbooks\">");
            foreach (var file in workbooks)
            {
                body.Append($"<li><a href=\"/workbooks/{Uri.EscapeDataString(file.Name)}\" download>{E(file.Name)}</a> ")
                    .Append($"<small>{E(file.Length)} bytes, {Time(file.LastWriteTimeUtc, zone)}</small></li>");
            }

            body.Append("</ul>");
        }

        return Page("Warehouse", body.ToString());
    }

    public static string Run(RunEntry run, IReadOnlyList<SkippedFile> skipped, TimeZoneInfo zone, string? fault)
    {
        var counts = run.Counts;
        var body = new StringBuilder();
        body.Append($"<p><a href=\"/\">← all runs</a></p><h1>Run {E(run.RunId)}</h1>");
        body.Append(Fault(fault));
        body.Append("<table id=\"run\"><tbody>")
            .Append($"<tr><th>Status</th><td class=\"status status-{E(run.Status)}\">{E(run.Status)}</td></tr>")
            .Append($"<tr><th>Started</th><td>{Time(run.StartedAt, zone)}</td></tr>")
            .Append($"<tr><th>Finished</th><td>{Time(run.FinishedAt, zone)}</td></tr>")
            .Append($"<tr><th>Files</th><td>{E(counts.FilesSeen)} seen: {E(counts.FilesNew)} new, {E(counts.FilesChanged)} changed, ")
            .Append($"{E(counts.FilesUnchanged)} unchanged, {E(counts.FilesSkipped)} skipped, {E(counts.FilesRemoved)} removed</td></tr>")
            .Append($"<tr><th>Facts loaded</th><td>{E(counts.FactsLoaded)}</td></tr>")
            .Append("</tbody></table>");

        body.Append($"<h2>Skipped files ({E(skipped.Count)})</h2>");
        body.Append(skipped.Count == 0
            ? "<p>None.</p>"
            : "<table id=\"skipped\"><thead><tr><th>File</th><th>Reason</th></tr></thead><tbody>"
                + string.Concat(skipped.Select(s => $"<tr><td><code>{E(s.SourcePath)}</code></td><td>{E(s.Reason ?? "—")}</td></tr>"))
                + "</tbody></table>");

        var errors = (run.Errors ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        body.Append($"<h2>Errors ({E(errors.Length)})</h2>");
        body.Append(errors.Length == 0 ? "<p>None.</p>" : "<ol id=\"errors\">" + string.Concat(errors.Select(e => $"<li>{E(e)}</li>")) + "</ol>");
        return Page($"Run {run.RunId}", body.ToString());
    }

    public static string Message(string title, string text) =>
        Page(title, $"<p><a href=\"/\">← dashboard</a></p><h1>{E(title)}</h1><p class=\"fault\">{E(text)}</p>");

    private static string Fault(string? fault) =>
        fault is null ? "" : $"<p class=\"fault\" role=\"alert\" id=\"fault\">{E(fault)}</p>";

    private static string CountCells(RunCounts c) =>
        string.Concat(new[] { c.FilesSeen, c.FilesNew, c.FilesChanged, c.FilesUnchanged, c.FilesSkipped, c.FilesRemoved, c.FactsLoaded }
            .Select(n => $"<td class=\"n\">{E(n)}</td>"));
}
