using System.Data.Common;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// What the host serves: Hangfire's dashboard under /hangfire (jobs, history, retries, trigger
/// now; its state-changing requests carry an antiforgery token), our run summary and workbook
/// pages, and /healthz. Every page reports a job store that is gone or unreadable instead of
/// carrying on as if nothing happened.
/// </summary>
public static class DashboardEndpoints
{
    private const string HangfirePath = "/hangfire";
    private const string Html = "text/html; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapDashboard(this WebApplication app, SchedulerSettings settings, JobStore store, DashboardAccess access, string serverName)
    {
        var zone = SettingsValidator.TryFindTimeZone(settings.TimeZone) ?? TimeZoneInfo.Utc;
        var workbooks = new WorkbookFolder(settings.Output);
        var warehouse = new WarehouseRuns(settings.Database);

        app.Use(SecurityHeaders.AddAsync);
        app.Use(access.ExchangeQueryTokenAsync);

        // Hangfire's pages read the store: with the store gone they would show a past that is no longer kept.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(HangfirePath) && access.Allows(context) && store.Check(serverName) is { Healthy: false } fault)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = Html;
                await context.Response.WriteAsync(Pages.Message("Job store unavailable", fault.Message));
                return;
            }

            await next(context);
        });

        app.MapHangfireDashboard(HangfirePath, new DashboardOptions
        {
            Authorization = [access],
            AppPath = "/",
            DashboardTitle = "Warehouse jobs",
            DisplayStorageConnectionString = false,
        }, store.Storage);

        var pages = app.MapGroup("").AddEndpointFilter(async (context, next) =>
            access.Allows(context.HttpContext)
                ? await next(context)
                : Results.Text("This dashboard needs its token: send \"Authorization: Bearer <token>\", or open any page once with ?token=<token>.", statusCode: StatusCodes.Status401Unauthorized));

        pages.MapGet("/", () =>
        {
            var health = store.Check(serverName);
            var fault = health.Healthy ? null : health.Message;
            IReadOnlyList<RunEntry> runs = [];
            try
            {
                runs = warehouse.Latest();
            }
            catch (DbException e)
            {
                fault ??= $"The warehouse {settings.Database} cannot be read: {e.Message}";
            }

            var page = Pages.Overview(serverName, health.Healthy ? NextRun(store) : null, runs, warehouse.Exists, workbooks.Latest(20), zone, fault);
            return Results.Content(page, Html, statusCode: fault is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        pages.MapGet("/runs/{runId:long}", (long runId) =>
        {
            var health = store.Check(serverName);
            try
            {
                return warehouse.Find(runId) is { } found
                    ? Results.Content(Pages.Run(found.Run, found.Skipped, zone, health.Healthy ? null : health.Message), Html)
                    : Results.Content(Pages.Message("Not found", $"The warehouse has no run {runId}."), Html, statusCode: StatusCodes.Status404NotFound);
            }
            catch (DbException e)
            {
                return Results.Content(Pages.Message("Warehouse unavailable", $"The warehouse {settings.Database} cannot be read: {e.Message}"), Html, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });

        pages.MapGet("/workbooks/{name}", (string name) =>
            workbooks.Find(name) is { } file
                ? Results.File(file.FullName, Xlsx, file.Name)
                : Results.Content(Pages.Message("Not found", $"No workbook {name}."), Html, statusCode: StatusCodes.Status404NotFound));

        // Open without the token, for load balancers and supervisors: says only whether this node can work.
        app.MapGet("/healthz", () =>
        {
            var health = store.Check(serverName);
            return Results.Json(
                new { status = health.Healthy ? "ok" : "unhealthy", node = serverName, problem = health.Healthy ? null : health.Message },
                statusCode: health.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static DateTimeOffset? NextRun(JobStore store)
    {
        using var connection = store.Storage.GetConnection();
        var next = connection.GetRecurringJobs([NightlyJob.RecurringId]).SingleOrDefault()?.NextExecution;
        return next is null ? null : new DateTimeOffset(DateTime.SpecifyKind(next.Value, DateTimeKind.Utc));
    }
}
