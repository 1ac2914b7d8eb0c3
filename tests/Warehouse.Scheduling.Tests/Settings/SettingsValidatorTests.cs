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
    [InlineData("0 25 * * *", "Warehouse:Cron")]
    [InlineData("every night", "Warehouse:Cron")]
    [InlineData("0 0 2 * * ? 2099", "Warehouse:Cron")]
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
    [InlineData("0 2 * * *")]
    [InlineData("*/2 * * * * *")]
    [InlineData("0 2 ? * MON-FRI")]
    [InlineData("@daily")]
    public void Five_field_six_field_and_macro_expressions_are_accepted(string cron)
    {
        using var folder = new TempFolder();
        Assert.Empty(SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], Cron = cron }));
    }

    [Theory]
    [InlineData("0.0.0.0", null, "warehouse.example.org", false)]
    [InlineData("192.0.2.10", "", null, false)]
    [InlineData("0.0.0.0", "s3cret", "warehouse.example.org", true)]
    [InlineData("0.0.0.0", "s3cret", null, false)]
    [InlineData("192.0.2.10", "s3cret", null, true)]
    [InlineData("127.0.0.1", null, null, true)]
    [InlineData("127.0.0.5", null, null, true)]
    [InlineData("::1", null, null, true)]
    [InlineData("localhost", null, null, true)]
    public void A_dashboard_off_loopback_needs_a_token_and_on_every_address_the_names_clients_use(string address, string? token, string? hostName, bool valid)
    {
        using var folder = new TempFolder();
        var problems = SettingsValidator.Problems(new SchedulerSettings
        {
            Input = [folder.Input],
            Dashboard = new DashboardSettings { Address = address, Token = token, HostNames = hostName is null ? [] : [hostName] },
        });
        Assert.True(valid == (problems.Count == 0), string.Join("; ", problems));
    }

    [Fact]
    public void Postgres_needs_a_connection_and_a_lock_that_expires_before_a_waiting_run_gives_up()
    {
        using var folder = new TempFolder();
        Assert.Contains(
            SettingsValidator.Problems(new SchedulerSettings { Input = [folder.Input], JobStore = new JobStoreSettings { Provider = "postgres" } }),
            p => p.Contains("ConnectionString", StringComparison.Ordinal));
        Assert.Contains(
            SettingsValidator.Problems(new SchedulerSettings
            {
                Input = [folder.Input],
                JobStore = new JobStoreSettings { Provider = "postgres", ConnectionString = "Host=db", LockTimeoutSeconds = 2 * 3600 },
            }),
            p => p.Contains("LockTimeoutSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Retry_waits_double_from_the_first_and_stop_growing_at_the_maximum()
    {
        Assert.Equal([300, 600, 1200, 2400, 3600, 3600], new RetrySettings { Count = 6 }.Waits());
        Assert.Empty(new RetrySettings { Count = 0 }.Waits());
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
                ["Warehouse:Dashboard:HostNames:0"] = "warehouse.example.org",
            });
        var settings = (SchedulerSettings)app.Services.GetService(typeof(SchedulerSettings))!;
        Assert.Equal([folder.Input, second], settings.Input);
        Assert.Equal(5, settings.Retry.Count);
        Assert.Equal(5999, settings.Dashboard.Port);
        Assert.Equal(["warehouse.example.org"], settings.Dashboard.HostNames);
        Assert.Equal("0 2 * * *", settings.Cron);
        Assert.Equal("Asia/Shanghai", settings.TimeZone);
    }
}
