using Warehouse.Scheduling.Settings;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Settings;

public sealed class SettingsValidatorTests
{
    [Fact]
    public void The_defaults_with_an_existing_input_folder_are_valid()
    {
        using var folder = new TempFolder();
        Assert.Empty(SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input] }));
    }

    [Theory]
    [InlineData("0 0 2 * *", "Warehouse:Cron")]
    [InlineData("every night", "Warehouse:Cron")]
    [InlineData("0 0 25 * * ?", "Warehouse:Cron")]
    public void A_bad_cron_expression_is_named(string cron, string expected)
    {
        using var folder = new TempFolder();
        var problem = Assert.Single(SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], Cron = cron }));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains(cron, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_named()
    {
        using var folder = new TempFolder();
        var problem = Assert.Single(SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], TimeZone = "Asia/Atlantis" }));
        Assert.Contains("Asia/Atlantis", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_folders_are_each_named_and_none_at_all_is_refused()
    {
        using var folder = new TempFolder();
        var gone = folder.Combine("gone");
        var problem = Assert.Single(SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input, gone] }));
        Assert.Contains(gone, problem, StringComparison.Ordinal);
        Assert.Contains(SettingsValidator.Problems(new SchedulerSettings()), p => p.Contains("Warehouse:Input", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0.0.0.0", null, false)]
    [InlineData("192.0.2.10", "", false)]
    [InlineData("0.0.0.0", "s3cret", true)]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("127.0.0.5", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("localhost", null, true)]
    public void A_dashboard_off_loopback_needs_a_token(string address, string? token, bool valid)
    {
        using var folder = new TempFolder();
        var problems = SettingsValidator.Problems(new SchedulerSettings
        {
            Input = [folder.Input],
            Dashboard = new DashboardSettings { Address = address, Token = token },
        });
        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void Clustering_on_sqlite_and_postgres_without_a_connection_are_refused()
    {
        using var folder = new TempFolder();
        Assert.Contains(
            SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], JobStore = new JobStoreSettings { Clustered = true } }),
            p => p.Contains("SQLite", StringComparison.Ordinal));
        Assert.Contains(
            SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], JobStore = new JobStoreSettings { Provider = "postgres" } }),
            p => p.Contains("ConnectionString", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_the_host_with_bad_settings_throws_every_problem_at_once()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<SettingsException>(() => SchedulingHost.Build([], _ => new ScriptedRun(), new Dictionary<string, string?>
        {
            ["Warehouse:Input:0"] = folder.Combine("missing"),
            ["Warehouse:Cron"] = "nope",
            ["Warehouse:TimeZone"] = "Nowhere/Else",
            ["Warehouse:Database"] = folder.Database,
        }));
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nowhere/Else", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_style_keys_bind_the_input_folders_and_the_nested_sections()
    {
        using var folder = new TempFolder();
        var second = Directory.CreateDirectory(folder.Combine("more")).FullName;
        using var app = SchedulingHost.Build(
            ["--Warehouse:Dashboard:Port=5999"],
            _ => new ScriptedRun(),
            new Dictionary<string, string?>
            {
                ["Warehouse:Input:0"] = folder.Input,
                ["Warehouse:Input:1"] = second,
                ["Warehouse:Database"] = folder.Database,
                ["Warehouse:Retry:Count"] = "5",
                ["Warehouse:JobStore:SchedulerName"] = "bind-test",
            });
        var settings = (SchedulerSettings)app.Services.GetService(typeof(SchedulerSettings))!;
        Assert.Equal([folder.Input, second], settings.Input);
        Assert.Equal(5, settings.Retry.Count);
        Assert.Equal(5999, settings.Dashboard.Port);
        Assert.Equal("0 0 2 * * ?", settings.Cron);
        Assert.Equal("Asia/Shanghai", settings.TimeZone);
    }
}
