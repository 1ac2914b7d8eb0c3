using System.Net;
using System.Net.Sockets;
using Hangfire;
using Hangfire.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Warehouse.Pipeline;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling;

/// <summary>
/// Builds the `warehouse serve` process: a web host carrying a Hangfire server with the nightly
/// recurring job (one worker: the job is the only one), its job store, Hangfire's dashboard and
/// ours. Settings come from appsettings.json next to the binary, then environment variables,
/// then the command line, and are checked before anything starts (<see cref="SettingsException"/>).
/// </summary>
public static class SchedulingHost
{
    /// <summary>How long a shutdown waits for a cancelled run to reach its next safe point.</summary>
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromMinutes(2);

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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Database))!);
        var serverName = string.IsNullOrWhiteSpace(settings.JobStore.NodeId) ? Environment.MachineName : settings.JobStore.NodeId;
        var access = new DashboardAccess(settings.Dashboard.Token);

        builder.WebHost.UseUrls($"http://{UrlHost(settings.Dashboard.Address)}:{settings.Dashboard.Port}");
        if (string.IsNullOrWhiteSpace(settings.Dashboard.Token))
        {
            builder.WebHost.ConfigureKestrel(LoopbackGuard.RefuseOpenEndpoints);
        }

        // A start that fails (port in use, open address refused) is reported by the program in one
        // line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        var services = builder.Services;
        services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = AllowedHosts(settings.Dashboard);
            o.AllowEmptyHosts = false;
        });
        // Hangfire's dashboard puts the token in its pages and checks it on every POST. Its keys
        // live in memory: a restart only asks for a page reload, and no key files are left behind.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "warehouse_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownWait + TimeSpan.FromSeconds(15));

        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        // Made once Hangfire's global configuration (its log provider among it) is this host's.
        services.AddSingleton(sp => AfterHangfireConfiguration(sp, () => JobStore.Open(settings)));
        services.AddSingleton(sp => sp.GetRequiredService<JobStore>().Storage);
        services.AddSingleton(sp => AfterHangfireConfiguration(sp, () => Filters(settings.Retry)));
        services.AddTransient<NightlyJob>();
        services.AddTransient(settings.DrillSeconds > 0
            ? sp => new DrillRun(TimeSpan.FromSeconds(settings.DrillSeconds), sp.GetRequiredService<TimeProvider>())
            : pipeline);

        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHostedService<NightlySchedule>();
        services.AddHangfireServer(o =>
        {
            o.ServerName = serverName;
            o.WorkerCount = 1;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(settings.PollIntervalSeconds);
            // On shutdown the running job's token is cancelled at once; the job then has this long to stop.
            o.StopTimeout = TimeSpan.Zero;
            o.ShutdownTimeout = ShutdownWait;
        });

        var app = builder.Build();
        app.MapDashboard(settings, app.Services.GetRequiredService<JobStore>(), access, serverName);
        return app;
    }

    private static T AfterHangfireConfiguration<T>(IServiceProvider services, Func<T> create)
    {
        services.GetRequiredService<IGlobalConfiguration>();
        return create();
    }

    /// <summary>
    /// Hangfire's default filters, with our retry rule in place of its own (10 attempts): a
    /// failed run is tried again after waits that double up to a maximum, then stays failed.
    /// Given to Hangfire through the service provider rather than its global collection, so
    /// two hosts in one process (tests, benchmarks) do not share it.
    /// </summary>
    private static IJobFilterProvider Filters(RetrySettings retry)
    {
        var filters = new JobFilterCollection
        {
            new CaptureCultureAttribute(),
            new StatisticsHistoryAttribute(),
            new ContinuationsSupportAttribute(),
        };
        filters.Add(retry.Count == 0
            ? new AutomaticRetryAttribute { Attempts = 0 }
            : new AutomaticRetryAttribute { Attempts = retry.Count, DelaysInSeconds = retry.Waits(), OnAttemptsExceeded = AttemptsExceededAction.Fail });
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }

    /// <summary>
    /// The Host headers the dashboard answers: loopback, the address it listens on and the names
    /// the operator lists. A page reached through any other name (DNS rebinding) gets 400.
    /// </summary>
    private static string[] AllowedHosts(DashboardSettings dashboard)
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (!IPAddress.TryParse(dashboard.Address, out var ip))
        {
            hosts.Add(dashboard.Address);
        }
        else if (!ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any))
        {
            hosts.Add(ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString());
        }

        hosts.AddRange(dashboard.HostNames);
        return [.. hosts];
    }

    private static string UrlHost(string address) =>
        address.Contains(':', StringComparison.Ordinal) && !address.StartsWith('[') ? $"[{address}]" : address;
}
