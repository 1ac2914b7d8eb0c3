using Quartz;

namespace Warehouse.Scheduling.Jobs;

/// <summary>The names the nightly job and its schedule have in the job store.</summary>
public static class JobKeys
{
    public static JobKey Nightly { get; } = new("nightly", "warehouse");

    /// <summary>Every job the host runs, in the order the dashboard lists them.</summary>
    public static IReadOnlyList<JobKey> All { get; } = [Nightly];

    public static TriggerKey NightlySchedule { get; } = new("nightly-cron", "warehouse");

    /// <summary>Job data key on a "run now" trigger: who asked.</summary>
    public const string RequestedBy = "requestedBy";
}
