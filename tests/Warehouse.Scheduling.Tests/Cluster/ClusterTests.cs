using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Settings;
using Warehouse.Scheduling.Tests.Host;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Cluster;

/// <summary>
/// Two real `warehouse serve` processes sharing a PostgreSQL job store in clustered mode.
/// The run body is the built-in drill (Warehouse:DrillSeconds), which lasts long enough to kill
/// the node running it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ClusterTests
{
    private const string Database = "warehouse_scheduler";

    [Fact]
    public async Task One_trigger_runs_once_on_one_node_and_a_killed_nodes_run_is_recovered_by_the_other()
    {
        using var folder = new TempFolder();
        await using var postgres = await PostgresServer.StartAsync(Database);
        var environment = new Dictionary<string, string>
        {
            ["Warehouse__Input__0"] = folder.Input,
            ["Warehouse__Database"] = folder.Database,
            ["Warehouse__Output"] = folder.Output,
            ["Warehouse__Cron"] = "0 0 2 1 1 ? 2099",
            ["Warehouse__TimeZone"] = "UTC",
            ["Warehouse__DrillSeconds"] = "8",
            ["Warehouse__Retry__Count"] = "0",
            ["Warehouse__JobStore__Provider"] = "postgres",
            ["Warehouse__JobStore__ConnectionString"] = postgres.ConnectionString(Database),
            ["Warehouse__JobStore__Clustered"] = "true",
            ["Warehouse__JobStore__CheckinIntervalSeconds"] = "1",
            // Generous enough that a node slowed by a busy machine is not taken for dead.
            ["Warehouse__JobStore__CheckinMisfireThresholdSeconds"] = "6",
        };

        using var a = ServeProcess.Start(new Dictionary<string, string>(environment) { ["Warehouse__JobStore__NodeId"] = "node-a" }, folder.Combine("node-a.log"));
        Assert.Equal("node-a", await a.WaitUntilHealthyAsync());
        // Started after the first so that one node, not both at once, creates the schema.
        using var b = ServeProcess.Start(new Dictionary<string, string>(environment) { ["Warehouse__JobStore__NodeId"] = "node-b" }, folder.Combine("node-b.log"));
        Assert.Equal("node-b", await b.WaitUntilHealthyAsync());
        var nodes = new Dictionary<string, ServeProcess> { ["node-a"] = a, ["node-b"] = b };

        var history = new RunHistory(
            new HistoryDatabase(JobStoreConnection.From(new SchedulerSettings
            {
                JobStore = new JobStoreSettings { Provider = "postgres", ConnectionString = postgres.ConnectionString(Database) },
            })),
            TimeProvider.System);
        Task<IReadOnlyList<RunRecord>> Runs() => history.LatestAsync(100, CancellationToken.None);

        // "Run now" on node B's dashboard stores one trigger; whichever node acquires it runs it.
        using (var client = new HttpClient { BaseAddress = b.Url })
        using (var response = await client.PostAsync("jobs/warehouse/nightly/run", null))
        {
            Assert.True(response.IsSuccessStatusCode, $"run now answered {response.StatusCode}");
        }

        await Eventually.Get(Runs, r => r.Count > 0, TimeSpan.FromSeconds(30), "a node started the run");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var first = Assert.Single(await Runs());
        Assert.Equal(RunStatus.Running, first.Status);
        Assert.Equal("manual", first.TriggerKind);

        var victim = nodes[first.Node];
        var survivor = nodes.Single(n => n.Key != first.Node);
        victim.KillHard();

        var recovered = await Eventually.Get(
            Runs,
            r => r.Any(x => x.RunId != first.RunId && x.Status == "drill"),
            TimeSpan.FromSeconds(60),
            $"{survivor.Key} recovered and finished the run; logs:\n{survivor.Value.ReadLog()}");

        Assert.Equal(2, recovered.Count);
        var redo = recovered.Single(x => x.RunId != first.RunId);
        Assert.Equal(survivor.Key, redo.Node);
        Assert.Equal("recovery", redo.TriggerKind);
        Assert.Equal(RunStatus.Interrupted, recovered.Single(x => x.RunId == first.RunId).Status);
        Assert.False(survivor.Value.HasExited);
    }
}
