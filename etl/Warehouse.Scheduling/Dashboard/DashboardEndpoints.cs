using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartz;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// The dashboard's routes: plain HTML pages and forms (Post/Redirect/Get), a JSON view of the
/// run history, workbook downloads and a health check.
/// </summary>
public static class DashboardEndpoints
{
    private const int RunsShown = 50;

    /// <summary>Only these notices can be shown from the address, so a link cannot put words on the page.</summary>
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["started"] = "Run started. Refresh to follow it.",
        ["paused"] = "Job paused: its schedule will not fire until it is resumed.",
        ["resumed"] = "Job resumed.",
    };

    public static void MapDashboard(this WebApplication app, SchedulerSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.Dashboard.Token))
        {
            var gate = new TokenGate(settings.Dashboard.Token);
            app.Use(gate.InvokeAsync);
        }

        var zone = SettingsValidator.TryFindTimeZone(settings.TimeZone) ?? TimeZoneInfo.Utc;
        var workbooks = new WorkbookFolder(settings.Output);

        app.MapGet("/", async (HttpContext http, JobControl jobs, RunHistory history, ISchedulerFactory schedulers, string? notice, CancellationToken ct) =>
            Results.Content(await OverviewAsync(jobs, history, schedulers, workbooks, zone, notice is null ? null : Notices.GetValueOrDefault(notice), null, ct), "text/html; charset=utf-8"));

        app.MapGet("/runs/{runId}", async (string runId, RunHistory history, CancellationToken ct) =>
            await history.FindAsync(runId, ct) is { } run
                ? Results.Content(Pages.Run(run, zone), "text/html; charset=utf-8")
                : Results.Content(Pages.NotFound($"No run {runId}."), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));

        app.MapGet("/api/runs", async (RunHistory history, int? limit, CancellationToken ct) =>
            Results.Json(await history.LatestAsync(Math.Clamp(limit ?? RunsShown, 1, 1000), ct)));

        app.MapPost("/jobs/{group}/{name}/run", async (string group, string name, JobControl jobs, RunHistory history, ISchedulerFactory schedulers, CancellationToken ct) =>
        {
            var result = await jobs.RunNowAsync(new JobKey(name, group), "dashboard", ct);
            return result.Started
                ? Results.Redirect("/?notice=started", permanent: false, preserveMethod: false)
                : Results.Content(await OverviewAsync(jobs, history, schedulers, workbooks, zone, null, result.Message, ct), "text/html; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        });

        app.MapPost("/jobs/{group}/{name}/pause", async (string group, string name, JobControl jobs, CancellationToken ct) =>
        {
            await jobs.PauseAsync(new JobKey(name, group), ct);
            return Results.Redirect("/?notice=paused");
        });

        app.MapPost("/jobs/{group}/{name}/resume", async (string group, string name, JobControl jobs, CancellationToken ct) =>
        {
            await jobs.ResumeAsync(new JobKey(name, group), ct);
            return Results.Redirect("/?notice=resumed");
        });

        app.MapGet("/workbooks/{name}", (string name) =>
            workbooks.Find(name) is { } file
                ? Results.File(file.FullName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name)
                : Results.Content(Pages.NotFound($"No workbook {name}."), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));

        app.MapGet("/healthz", async (ISchedulerFactory schedulers, CancellationToken ct) =>
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var status = await scheduler.GetStatus(ct);
            var healthy = status == SchedulerStatus.Running;
            return Results.Json(
                new { status = healthy ? "ok" : status.ToString().ToLowerInvariant(), node = scheduler.SchedulerInstanceId },
                statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static async Task<string> OverviewAsync(
        JobControl jobs,
        RunHistory history,
        ISchedulerFactory schedulers,
        WorkbookFolder workbooks,
        TimeZoneInfo zone,
        string? notice,
        string? refusal,
        CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return Pages.Overview(
            scheduler.SchedulerInstanceId,
            await jobs.ListAsync(ct),
            await history.LatestAsync(RunsShown, ct),
            workbooks.Latest(20),
            zone,
            notice,
            refusal);
    }
}
