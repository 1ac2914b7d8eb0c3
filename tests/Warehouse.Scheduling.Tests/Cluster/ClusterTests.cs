using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.States;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Tests.Host;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Cluster;

/// <summary>
/// Two real `warehouse serve` processes sharing one schedule in a throw-away PostgreSQL. The run
/// body is the built-in drill (Warehouse:DrillSeconds), which lasts long enough to kill the node
/// running it. Hangfire's timeouts are set short here so that the takeover happens within the
/// test: a dead node's run is taken up after InvisibilityTimeoutSeconds without a sign of life,
/// once its no-overlap lock has expired (LockTimeoutSeconds).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ClusterTests
{
    private const string Database = "warehouse_scheduler";

    [Fact]
    public async Task One_trigger_runs_once_on_one_node_and_a_killed_nodes_run_is_completed_by_the_other()
    {
        using var folder = new TempFolder();
        await using var postgres = await PostgresServer.StartAsync(Database);
        var environment = new Dictionary<string, string>
        {
            ["Warehouse__Input__0"] = folder.Input,
            ["Warehouse__Database"] = folder.Database,
            ["Warehouse__Output"] = folder.Output,
            ["Warehouse__Cron"] = "0 2 1 1 *",
            ["Warehouse__TimeZone"] = "UTC",
            ["Warehouse__DrillSeconds"] = "8",
            ["Warehouse__Retry__Count"] = "0",
            ["Warehouse__PollIntervalSeconds"] = "0.5",
            ["Warehouse__JobStore__Provider"] = "postgres",
            ["Warehouse__JobStore__ConnectionString"] = postgres.ConnectionString(Database),
            ["Warehouse__JobStore__InvisibilityTimeoutSeconds"] = "4",
            ["Warehouse__JobStore__LockTimeoutSeconds"] = "6",
        };

        using var a = ServeProcess.Start(new Dictionary<string, string>(environment) { ["Warehouse__JobStore__NodeId"] = "node-a" }, folder.Combine("node-a.log"));
        Assert.Equal("node-a", await a.WaitUntilHealthyAsync());
        // Started after the first so that one node, not both at once, creates the schema.
        using var b = ServeProcess.Start(new Dictionary<string, string>(environment) { ["Warehouse__JobStore__NodeId"] = "node-b" }, folder.Combine("node-b.log"));
        Assert.Equal("node-b", await b.WaitUntilHealthyAsync());
        var nodes = new Dictionary<string, ServeProcess> { ["node-a"] = a, ["node-b"] = b };

        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false };
        var jobs = new JobHistory(new PostgreSqlStorage(new NpgsqlConnectionFactory(postgres.ConnectionString(Database), options), options));

        // "Trigger now" on node B's dashboard, as an operator clicks it: one job in the shared store.
        using (var dashboard = new DashboardClient(b.Url))
        {
            await dashboard.TriggerNightlyAsync();
        }

        var processing = await Eventually.Get(jobs.ProcessingIds, ids => ids.Count > 0, TimeSpan.FromSeconds(30), "a node took the run");
        var id = Assert.Single(processing);
        var victimName = NodeOf(jobs.States(id).Last(s => s.StateName == ProcessingState.StateName).Data["ServerId"]);
        var survivorName = nodes.Keys.Single(n => n != victimName);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal([id], jobs.ProcessingIds());

        nodes[victimName].KillHard();

        await Eventually.Get(
            jobs.SucceededIds,
            ids => ids.Contains(id),
            TimeSpan.FromSeconds(60),
            $"{survivorName} took the run over and finished it; logs:\n{nodes[survivorName].ReadLog()}");

        var states = jobs.States(id);
        Assert.Equal(
            [victimName, survivorName],
            states.Where(s => s.StateName == ProcessingState.StateName).Select(s => NodeOf(s.Data["ServerId"])));
        Assert.Equal(SucceededState.StateName, states[^1].StateName);
        var statistics = jobs.Statistics();
        Assert.Equal((1, 0, 0, 0), (statistics.Succeeded, statistics.Failed, statistics.Enqueued, statistics.Processing));
        Assert.False(nodes[survivorName].HasExited);
    }

    /// <summary>Hangfire's server id is "name:process:guid".</summary>
    private static string NodeOf(string serverId) => serverId.Split(':')[0];
}
