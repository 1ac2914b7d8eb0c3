namespace Warehouse.Scheduling.Settings;

/// <summary>
/// Everything `warehouse serve` is told, bound from the "Warehouse" section of appsettings.json,
/// environment variables (Warehouse__Input__0, Warehouse__Cron, …) and --Warehouse:Key=value.
/// </summary>
public sealed record SchedulerSettings
{
    public const string Section = "Warehouse";

    /// <summary>Folders of report files the nightly run scans; at least one, each must exist.</summary>
    public string[] Input { get; init; } = [];

    /// <summary>The DuckDB warehouse file the run loads and the dashboard reads (read-only).</summary>
    public string Database { get; init; } = "warehouse.duckdb";

    /// <summary>Where the run writes its workbooks and the dashboard serves them from.</summary>
    public string Output { get; init; } = "out";

    /// <summary>Cron expression: five fields (minute first), or six with seconds first. 02:00 every night by default.</summary>
    public string Cron { get; init; } = "0 2 * * *";

    /// <summary>IANA (or Windows) time zone id the cron expression is read in.</summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";

    /// <summary>How often the server looks for due runs, retries and "trigger now" requests (one small query each).</summary>
    public double PollIntervalSeconds { get; init; } = 1;

    public JobStoreSettings JobStore { get; init; } = new();

    public RetrySettings Retry { get; init; } = new();

    public DashboardSettings Dashboard { get; init; } = new();

    /// <summary>
    /// A rehearsal run body instead of the pipeline: it waits this many seconds and touches no
    /// data, so an operator can try a schedule or a cluster's failover before pointing it at the
    /// warehouse. 0 (the default) runs the real pipeline.
    /// </summary>
    public int DrillSeconds { get; init; }
}

/// <summary>Where Hangfire keeps the schedule and the jobs' states.</summary>
public sealed record JobStoreSettings
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default, one node) or "postgres" (one node or several sharing one schedule).</summary>
    public string Provider { get; init; } = Sqlite;

    /// <summary>The SQLite file; by default next to the database (warehouse.duckdb → warehouse.jobs.sqlite).</summary>
    public string? Path { get; init; }

    /// <summary>The PostgreSQL connection string (required for "postgres").</summary>
    public string? ConnectionString { get; init; }

    /// <summary>PostgreSQL schema of Hangfire's tables: nodes with the same schema share one schedule.</summary>
    public string Schema { get; init; } = "hangfire";

    /// <summary>This node's name on the dashboard's Servers page and in the jobs' history; the machine's name when empty.</summary>
    public string? NodeId { get; init; }

    /// <summary>
    /// A run whose node died (crash, SIGKILL, power) is taken up again after this long without a
    /// sign of life from it. A live run keeps its claim (PostgreSQL renews it; on SQLite the one
    /// node's one worker is busy with it), so a long run is never started twice.
    /// </summary>
    public double InvisibilityTimeoutSeconds { get; init; } = 300;

    /// <summary>
    /// PostgreSQL only: how long the no-overlap lock of a node that died blocks the others. It is
    /// not renewed while a run goes on, so it must be longer than the longest run.
    /// </summary>
    public double LockTimeoutSeconds { get; init; } = 1800;
}

/// <summary>How a failed run is tried again.</summary>
public sealed record RetrySettings
{
    /// <summary>Retries after the first failure; 0 turns retrying off.</summary>
    public int Count { get; init; } = 3;

    /// <summary>The wait before the first retry; each later wait doubles it.</summary>
    public double DelaySeconds { get; init; } = 300;

    /// <summary>No wait grows past this.</summary>
    public double MaxDelaySeconds { get; init; } = 3600;

    /// <summary>The waits before retry 1, 2, …: <see cref="DelaySeconds"/> doubling, capped at <see cref="MaxDelaySeconds"/>.</summary>
    public int[] Waits() =>
        [.. Enumerable.Range(0, Count).Select(i => (int)Math.Ceiling(Math.Min(DelaySeconds * Math.Pow(2, i), MaxDelaySeconds)))];
}

/// <summary>The web dashboard.</summary>
public sealed record DashboardSettings
{
    /// <summary>Address to listen on; anything but loopback needs <see cref="Token"/>.</summary>
    public string Address { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5080;

    /// <summary>Shared secret: a bearer header, or a cookie set once from ?token=.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// Host names clients use to reach the dashboard besides <see cref="Address"/> and loopback
    /// (e.g. "warehouse.example.org"); any other Host header is refused (DNS rebinding).
    /// </summary>
    public string[] HostNames { get; init; } = [];
}
