using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Pipeline;
using Warehouse.Scheduling.History;
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

    public RunHistory History => App.Services.GetRequiredService<RunHistory>();

    public JobControl Jobs => App.Services.GetRequiredService<JobControl>();

    /// <summary>Settings every host test shares; <paramref name="extra"/> wins.</summary>
    public static Dictionary<string, string?> Settings(TempFolder folder, string schedulerName, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:Input:0"] = folder.Input,
            ["Warehouse:Database"] = folder.Database,
            ["Warehouse:Output"] = folder.Output,
            // Far from now unless a test says otherwise, so only what the test does fires.
            ["Warehouse:Cron"] = "0 0 2 1 1 ? 2099",
            ["Warehouse:TimeZone"] = "UTC",
            ["Warehouse:JobStore:SchedulerName"] = schedulerName,
            ["Warehouse:JobStore:MisfireThresholdSeconds"] = "1",
            ["Warehouse:Retry:Count"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<HostUnderTest> StartAsync(Dictionary<string, string?> settings, INightlyRun run)
    {
        var port = FreePort.Next();
        settings["Warehouse:Dashboard:Port"] = port.ToString(CultureInfo.InvariantCulture);
        var app = SchedulingHost.Build([], _ => run, settings);
        await app.StartAsync();
        var host = new HostUnderTest(app, port);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    public HttpClient Client(bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Url };

    public Task<IReadOnlyList<RunRecord>> RunsAsync() => History.LatestAsync(100, CancellationToken.None);

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
                return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<Health>())?.Status : response.StatusCode.ToString();
            },
            status => status == "ok",
            TimeSpan.FromSeconds(30),
            "the host reports a running scheduler on /healthz");
    }

    private sealed record Health(string Status, string Node);
}
