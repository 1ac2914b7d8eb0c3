using System.Text;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Jobs;
using static Warehouse.Scheduling.Dashboard.Html;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>The dashboard's two pages: the overview and one run's details.</summary>
internal static class Pages
{
    public static string Overview(
        string node,
        IReadOnlyList<JobView> jobs,
        IReadOnlyList<RunRecord> runs,
        IReadOnlyList<FileInfo> workbooks,
        TimeZoneInfo zone,
        string? notice,
        string? refusal)
    {
        var body = new StringBuilder();
        body.Append("<h1>Warehouse scheduler</h1>");
        body.Append($"<p>Node <code>{E(node)}</code>. Times in {E(zone.Id)}. <a href=\"/\">Refresh</a></p>");
        if (notice is not null)
        {
            body.Append($"<p class=\"notice\" role=\"status\">{E(notice)}</p>");
        }

        if (refusal is not null)
        {
            body.Append($"<p class=\"refused\" role=\"alert\">{E(refusal)}</p>");
        }

        body.Append("<h2>Jobs</h2><table id=\"jobs\"><thead><tr><th>Job</th><th>Schedule</th><th>Previous fire</th><th>Next fire</th><th>State</th><th>Actions</th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            var path = $"/jobs/{Uri.EscapeDataString(job.Key.Group)}/{Uri.EscapeDataString(job.Key.Name)}";
            var state = job.Running ? "running" : job.Paused ? "paused" : "waiting";
            body.Append("<tr>")
                .Append($"<td><strong>{E(job.Key.Name)}</strong><br><small>{E(job.Description)}</small></td>")
                .Append($"<td><code>{E(job.Schedule ?? "—")}</code></td>")
                .Append($"<td>{Time(job.PreviousFire, zone)}</td>")
                .Append($"<td>{Time(job.NextFire, zone)}</td>")
                .Append($"<td class=\"job-state\">{E(state)}</td>")
                .Append("<td>")
                .Append(PostButton(path + "/run", "Run now"))
                .Append(job.Paused ? PostButton(path + "/resume", "Resume") : PostButton(path + "/pause", "Pause"))
                .Append("</td></tr>");
        }

        body.Append("</tbody></table>");

        body.Append("<h2>Runs</h2>");
        if (runs.Count == 0)
        {
            body.Append("<p id=\"no-runs\">No run yet.</p>");
        }

        body.Append("<table id=\"runs\"><thead><tr><th>Started</th><th>Finished</th><th>Status</th><th>Trigger</th><th>Node</th>")
            .Append("<th>Files seen</th><th>New</th><th>Changed</th><th>Skipped</th><th>Facts loaded</th><th>Errors</th><th></th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            body.Append("<tr class=\"run\">")
                .Append($"<td>{Time(run.StartedAt, zone)}</td>")
                .Append($"<td>{Time(run.FinishedAt, zone)}</td>")
                .Append($"<td class=\"status status-{E(run.Status)}\">{E(run.Status)}</td>")
                .Append($"<td>{E(run.TriggerKind)}{(run.Attempt > 0 ? $" #{E(run.Attempt)}" : "")}</td>")
                .Append($"<td><code>{E(run.Node)}</code></td>")
                .Append($"<td class=\"n\">{E(run.Counts.FilesSeen)}</td>")
                .Append($"<td class=\"n\">{E(run.Counts.FilesNew)}</td>")
                .Append($"<td class=\"n\">{E(run.Counts.FilesChanged)}</td>")
                .Append($"<td class=\"n\">{E(run.Counts.FilesSkipped)}</td>")
                .Append($"<td class=\"n\">{E(run.Counts.FactsLoaded)}</td>")
                .Append($"<td class=\"n\">{E(run.Errors.Count)}</td>")
                .Append($"<td><a href=\"/runs/{Uri.EscapeDataString(run.RunId)}\">details</a></td>")
                .Append("</tr>");
        }

        body.Append("</tbody></table>");

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

        body.Append("<p><a href=\"/api/runs\">Run history as JSON</a> · <a href=\"/healthz\">Health</a></p>");
        return Page("Warehouse scheduler", body.ToString());
    }

    public static string Run(RunRecord run, TimeZoneInfo zone)
    {
        var body = new StringBuilder();
        body.Append($"<p><a href=\"/\">← all runs</a></p><h1>Run <code>{E(run.RunId)}</code></h1>");
        body.Append("<table id=\"run\"><tbody>")
            .Append($"<tr><th>Job</th><td>{E(run.JobName)}</td></tr>")
            .Append($"<tr><th>Status</th><td class=\"status status-{E(run.Status)}\">{E(run.Status)}</td></tr>")
            .Append($"<tr><th>Trigger</th><td>{E(run.TriggerKind)}, attempt {E(run.Attempt)}</td></tr>")
            .Append($"<tr><th>Node</th><td><code>{E(run.Node)}</code></td></tr>")
            .Append($"<tr><th>Started</th><td>{Time(run.StartedAt, zone)}</td></tr>")
            .Append($"<tr><th>Finished</th><td>{Time(run.FinishedAt, zone)}</td></tr>")
            .Append($"<tr><th>Files</th><td>{E(run.Counts.FilesSeen)} seen: {E(run.Counts.FilesNew)} new, {E(run.Counts.FilesChanged)} changed, ")
            .Append($"{E(run.Counts.FilesUnchanged)} unchanged, {E(run.Counts.FilesSkipped)} skipped, {E(run.Counts.FilesRemoved)} removed</td></tr>")
            .Append($"<tr><th>Facts loaded</th><td>{E(run.Counts.FactsLoaded)}</td></tr>")
            .Append($"<tr><th>Message</th><td>{E(run.Message ?? "—")}</td></tr>")
            .Append("</tbody></table>");

        body.Append($"<h2>Errors and skipped files ({E(run.Errors.Count)})</h2>");
        body.Append(run.Errors.Count == 0 ? "<p>None.</p>" : "<ol id=\"errors\">" + string.Concat(run.Errors.Select(e => $"<li>{E(e)}</li>")) + "</ol>");

        body.Append($"<h2>Workbooks written ({E(run.Workbooks.Count)})</h2>");
        body.Append(run.Workbooks.Count == 0 ? "<p>None.</p>" : "<ul>" + string.Concat(run.Workbooks.Select(w =>
            $"<li><a href=\"/workbooks/{Uri.EscapeDataString(Path.GetFileName(w))}\">{E(Path.GetFileName(w))}</a></li>")) + "</ul>");
        return Page($"Run {run.RunId}", body.ToString());
    }

    public static string NotFound(string what) =>
        Page("Not found", $"<p><a href=\"/\">← dashboard</a></p><h1>Not found</h1><p>{E(what)}</p>");
}
