using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Warehouse.Pipeline;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling;

/// <summary>
/// Builds the `warehouse serve` process: a web host carrying the Quartz scheduler, the nightly
/// job, the run history and the dashboard. Settings come from appsettings.json next to the
/// binary, then environment variables, then the command line, and are checked before anything
/// starts (<see cref="SettingsException"/>).
/// </summary>
public static class SchedulingHost
{
    /// <param name="args">--Warehouse:Key=value overrides.</param>
    /// <param name="pipeline">The real run body; replaced by <see cref="DrillRun"/> when Warehouse:DrillSeconds is set.</param>
    /// <param name="overrides">Settings that win over every other source (tests use these).</param>
    public static WebApplication Build(
        string[] args,
        Func<IServiceProvider, INightlyRun> pipeline,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var settings = builder.Configuration.GetSection(SchedulerSettings.Section).Get<SchedulerSettings>() ?? new SchedulerSettings();
        var problems = SettingsValidator.Problems(settings);
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }

        Directory.CreateDirectory(settings.Output);
        var databaseFolder = Path.GetDirectoryName(Path.GetFullPath(settings.Database));
        if (databaseFolder is not null)
        {
            Directory.CreateDirectory(databaseFolder);
        }

        builder.WebHost.UseUrls($"http://{UrlHost(settings.Dashboard.Address)}:{settings.Dashboard.Port}");
        // Long enough for a run to reach its next safe point after the shutdown signal.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(JobStoreConnection.From(settings));
        services.AddSingleton<HistoryDatabase>();
        services.AddSingleton<RunHistory>();
        services.AddSingleton<JobControl>();
        services.AddSingleton(new RunOptions(settings.Input, settings.Database, settings.Output));
        services.AddTransient(settings.DrillSeconds > 0
            ? sp => new DrillRun(TimeSpan.FromSeconds(settings.DrillSeconds), sp.GetRequiredService<TimeProvider>())
            : pipeline);
        // Before the Quartz hosted service, so that the schedule is in place when firing starts.
        services.AddHostedService<ScheduleKeeper>();
        services.AddWarehouseQuartz(settings);

        var app = builder.Build();
        app.MapDashboard(settings);
        return app;
    }

    private static string UrlHost(string address) =>
        address.Contains(':', StringComparison.Ordinal) && !address.StartsWith('[') ? $"[{address}]" : address;
}
