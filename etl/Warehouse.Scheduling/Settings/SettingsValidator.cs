using System.Net;
using Quartz;

namespace Warehouse.Scheduling.Settings;

/// <summary>
/// Checks the settings before anything starts, so that a typo in the cron expression or a
/// missing input folder is a clear message at start rather than a silent schedule that never
/// fires or a run that finds nothing.
/// </summary>
public static class SettingsValidator
{
    public static IReadOnlyList<string> Problems(SchedulerSettings settings)
    {
        var problems = new List<string>();

        if (!CronExpression.TryParse(settings.Cron, out _))
        {
            problems.Add($"Warehouse:Cron \"{settings.Cron}\" is not a Quartz cron expression (six or seven fields, seconds first, e.g. \"0 0 2 * * ?\").");
        }

        if (TryFindTimeZone(settings.TimeZone) is null)
        {
            problems.Add($"Warehouse:TimeZone \"{settings.TimeZone}\" is not a known time zone id (e.g. \"Asia/Shanghai\", \"UTC\").");
        }

        if (settings.Input.Length == 0)
        {
            problems.Add("Warehouse:Input names no input folder (set Warehouse:Input:0, or Warehouse__Input__0 in the environment).");
        }

        foreach (var folder in settings.Input)
        {
            if (!Directory.Exists(folder))
            {
                problems.Add($"Input folder \"{folder}\" does not exist.");
            }
        }

        if (string.IsNullOrWhiteSpace(settings.Database))
        {
            problems.Add("Warehouse:Database is empty.");
        }

        if (string.IsNullOrWhiteSpace(settings.Output))
        {
            problems.Add("Warehouse:Output is empty.");
        }

        problems.AddRange(JobStoreProblems(settings.JobStore));
        problems.AddRange(RetryProblems(settings.Retry));
        problems.AddRange(DashboardProblems(settings.Dashboard));

        if (settings.DrillSeconds < 0)
        {
            problems.Add("Warehouse:DrillSeconds cannot be negative.");
        }

        return problems;
    }

    public static TimeZoneInfo? TryFindTimeZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>Loopback only: 127.0.0.0/8, ::1 or "localhost".</summary>
    public static bool IsLoopback(string address) =>
        string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));

    private static IEnumerable<string> JobStoreProblems(JobStoreSettings store)
    {
        var provider = store.Provider.ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres"))
        {
            yield return $"Warehouse:JobStore:Provider \"{store.Provider}\" is not \"sqlite\" or \"postgres\".";
        }

        if (provider == "postgres" && string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            yield return "Warehouse:JobStore:ConnectionString is required for the postgres job store.";
        }

        if (provider == "sqlite" && store.Clustered)
        {
            yield return "Warehouse:JobStore:Clustered needs the postgres job store: SQLite cannot be shared by several nodes.";
        }

        if (string.IsNullOrWhiteSpace(store.SchedulerName))
        {
            yield return "Warehouse:JobStore:SchedulerName is empty.";
        }

        if (store.CheckinIntervalSeconds <= 0 || store.CheckinMisfireThresholdSeconds <= 0 || store.MisfireThresholdSeconds <= 0)
        {
            yield return "Warehouse:JobStore intervals and thresholds must be positive.";
        }
    }

    private static IEnumerable<string> RetryProblems(RetrySettings retry)
    {
        if (retry.Count < 0)
        {
            yield return "Warehouse:Retry:Count cannot be negative.";
        }

        if (retry.DelaySeconds < 0 || retry.MaxDelaySeconds < retry.DelaySeconds)
        {
            yield return "Warehouse:Retry:DelaySeconds must be at least 0 and at most Warehouse:Retry:MaxDelaySeconds.";
        }
    }

    private static IEnumerable<string> DashboardProblems(DashboardSettings dashboard)
    {
        if (dashboard.Port is < 1 or > 65535)
        {
            yield return $"Warehouse:Dashboard:Port {dashboard.Port} is not a TCP port.";
        }

        if (!IsLoopback(dashboard.Address) && string.IsNullOrWhiteSpace(dashboard.Token))
        {
            yield return $"Warehouse:Dashboard:Address \"{dashboard.Address}\" is not loopback: set Warehouse:Dashboard:Token so that the dashboard is not open to the network.";
        }
    }
}
