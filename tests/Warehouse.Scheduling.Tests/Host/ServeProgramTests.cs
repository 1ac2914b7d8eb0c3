using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

/// <summary>
/// `warehouse serve` as an operator starts it: the real `dotnet warehouse.dll serve`, which
/// becomes warehouse-serve. A start that cannot happen says why in one line and exits non-zero.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ServeProgramTests
{
    [Fact]
    public void The_warehouse_command_does_not_ask_for_aspnet_nor_carry_the_scheduler_but_warehouse_serve_does()
    {
        var cli = RuntimeFrameworks("warehouse.runtimeconfig.json");
        Assert.Equal(["Microsoft.NETCore.App"], cli);
        Assert.DoesNotContain("Hangfire", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "warehouse.deps.json")), StringComparison.Ordinal);

        Assert.Contains("Microsoft.AspNetCore.App", RuntimeFrameworks("warehouse-serve.runtimeconfig.json"));
        Assert.Contains("Hangfire.Core", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "warehouse-serve.deps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listening_on_every_address_without_a_token_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        using var serve = ServeProcess.Start(Environment(folder), folder.Combine("serve.log"), $"--Kestrel:Endpoints:Http:Url=http://0.0.0.0:{port}");

        Assert.Equal(2, await serve.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(OneLineFailure(serve.ReadLog()));
        Assert.Contains($"refusing to listen on every address (port {port})", line, StringComparison.Ordinal);
        Assert.Contains("Warehouse:Dashboard:Token", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_port_is_one_clear_line_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        using var serve = ServeProcess.Start(Environment(folder), folder.Combine("serve.log"), $"--Warehouse:Dashboard:Port={port}");

        Assert.Equal(1, await serve.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(OneLineFailure(serve.ReadLog()));
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("address already in use", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_settings_are_listed_at_once_and_exit_with_code_2()
    {
        using var folder = new TempFolder();
        var environment = Environment(folder);
        environment["Warehouse__Cron"] = "every night";
        environment["Warehouse__Input__0"] = folder.Combine("missing");
        using var serve = ServeProcess.Start(environment, folder.Combine("serve.log"));

        Assert.Equal(2, await serve.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var log = serve.ReadLog();
        Assert.Contains("\"every night\" is not a cron expression", log, StringComparison.Ordinal);
        Assert.Contains(folder.Combine("missing"), log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(TempFolder folder) => new()
    {
        ["Warehouse__Input__0"] = folder.Input,
        ["Warehouse__Database"] = folder.Database,
        ["Warehouse__Output"] = folder.Output,
    };

    /// <summary>The log's lines, which must hold no stack frame; then the ones that say why serve stopped.</summary>
    private static IEnumerable<string> OneLineFailure(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return lines.Where(l => l.StartsWith("warehouse serve:", StringComparison.Ordinal));
    }

    private static string[] RuntimeFrameworks(string runtimeConfig)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, runtimeConfig)));
        var options = json.RootElement.GetProperty("runtimeOptions");
        return options.TryGetProperty("frameworks", out var many)
            ? [.. many.EnumerateArray().Select(f => f.GetProperty("name").GetString()!)]
            : [options.GetProperty("framework").GetProperty("name").GetString()!];
    }
}
