using System.Globalization;
using System.Net.Http.Json;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Pipeline;
using Warehouse.Scheduling.Jobs;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// A `warehouse serve` host in this process, on a free loopback port, with a stand-in run body
/// and a job store in the test's folder. Stopping it is a graceful shutdown, as Ctrl+C is.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    private HostUnderTest(WebApplication app, int port)
    {
        App = app;
        Port = port;
    }

    public WebApplication App { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public JobStore Store => App.Services.GetRequiredService<JobStore>();

    public JobHistory Jobs => new(Store.Storage);

    /// <summary>Settings every host test shares; <paramref name="extra"/> wins.</summary>
    public static Dictionary<string, string?> Settings(TempFolder folder, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:Input:0"] = folder.Input,
            ["Warehouse:Database"] = folder.Database,
            ["Warehouse:Output"] = folder.Output,
            // Once a year (1 January, 02:00) unless a test says otherwise, so only what the test does fires.
            ["Warehouse:Cron"] = "0 2 1 1 *",
            ["Warehouse:TimeZone"] = "UTC",
            ["Warehouse:PollIntervalSeconds"] = "0.2",
            ["Warehouse:Retry:Count"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<HostUnderTest> StartAsync(Dictionary<string, string?> settings, INightlyRun run, params string[] args)
    {
        var port = FreePort.Next();
        settings["Warehouse:Dashboard:Port"] = port.ToString(CultureInfo.InvariantCulture);
        var app = SchedulingHost.Build(args, _ => run, settings);
        await app.StartAsync();
        var host = new HostUnderTest(app, port);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>"Trigger now" on the nightly recurring job, as the dashboard's button does; the new job's id.</summary>
    public string Trigger() =>
        App.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(NightlyJob.RecurringId)
            ?? throw new InvalidOperationException("the trigger created no job");

    public HttpClient Client(bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = Url };

    public async Task StopAsync() => await App.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = Client();
        await Eventually.Get(
            async () =>
            {
                using var response = await client.GetAsync("healthz");
                return (await response.Content.ReadFromJsonAsync<Health>())?.Status;
            },
            status => status == "ok",
            TimeSpan.FromSeconds(30),
            "the host reports a usable job store and a running server on /healthz");
    }

    private sealed record Health(string Status, string Node);
}
