using System.Net;
using Cronos;
using Warehouse.Scheduling.Jobs;

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

        if (TryParseCron(settings.Cron) is null)
        {
            problems.Add($"Warehouse:Cron \"{settings.Cron}\" is not a cron expression (five fields, minute first, e.g. \"0 2 * * *\"; or six with seconds first).");
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

        if (settings.PollIntervalSeconds is < 0.05 or > 3600)
        {
            problems.Add("Warehouse:PollIntervalSeconds must be between 0.05 and 3600.");
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

    /// <summary>The expression as Hangfire reads it: six fields mean seconds first, otherwise the standard five.</summary>
    public static CronExpression? TryParseCron(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return null;
        }

        var format = cron.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            return CronExpression.Parse(cron, format);
        }
        catch (CronFormatException)
        {
            return null;
        }
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
        || (IPAddress.TryParse(address.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool IsEveryAddress(string address) =>
        address is "*" or "+" || (IPAddress.TryParse(address.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));

    private static IEnumerable<string> JobStoreProblems(JobStoreSettings store)
    {
        var provider = store.Provider.ToLowerInvariant();
        if (provider is not (JobStoreSettings.Sqlite or JobStoreSettings.Postgres))
        {
            yield return $"Warehouse:JobStore:Provider \"{store.Provider}\" is not \"sqlite\" or \"postgres\".";
        }

        if (provider == JobStoreSettings.Postgres && string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            yield return "Warehouse:JobStore:ConnectionString is required for the postgres job store.";
        }

        if (provider == JobStoreSettings.Postgres && string.IsNullOrWhiteSpace(store.Schema))
        {
            yield return "Warehouse:JobStore:Schema is empty.";
        }

        if (store.InvisibilityTimeoutSeconds < 1 || store.LockTimeoutSeconds < 1)
        {
            yield return "Warehouse:JobStore:InvisibilityTimeoutSeconds and LockTimeoutSeconds must be at least 1.";
        }

        if (store.LockTimeoutSeconds > NightlyJob.LockWaitSeconds)
        {
            yield return $"Warehouse:JobStore:LockTimeoutSeconds {store.LockTimeoutSeconds} is longer than a run waits for the lock ({NightlyJob.LockWaitSeconds} s): a run taken over from a node that died would give up before that node's lock expires.";
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

        if (IsEveryAddress(dashboard.Address) && dashboard.HostNames.Length == 0)
        {
            yield return $"Warehouse:Dashboard:Address \"{dashboard.Address}\" listens on every interface: list the host names or addresses clients use in Warehouse:Dashboard:HostNames (any other Host header is refused).";
        }
    }
}
