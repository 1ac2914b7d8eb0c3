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

    /// <summary>The DuckDB warehouse file the run loads.</summary>
    public string Database { get; init; } = "warehouse.duckdb";

    /// <summary>Where the run writes its workbooks and the dashboard serves them from.</summary>
    public string Output { get; init; } = "out";

    /// <summary>Quartz cron expression (seconds first): 02:00 every night by default.</summary>
    public string Cron { get; init; } = "0 0 2 * * ?";

    /// <summary>IANA (or Windows) time zone id the cron expression is read in.</summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";

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

/// <summary>Where Quartz keeps the schedule and the run history.</summary>
public sealed record JobStoreSettings
{
    /// <summary>"sqlite" (default, one node) or "postgres" (one node or a cluster).</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>
    /// Connection string. For SQLite it defaults to a file next to the database
    /// (warehouse.duckdb → warehouse.scheduler.sqlite); PostgreSQL needs one.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>Share the schedule with every other node on the same PostgreSQL database.</summary>
    public bool Clustered { get; init; }

    /// <summary>
    /// The schedule's name in the store: nodes with the same name share one schedule, so two
    /// warehouses can share one PostgreSQL database under two names.
    /// </summary>
    public string SchedulerName { get; init; } = "warehouse";

    /// <summary>Names this node in the cluster and in the run history; generated when empty.</summary>
    public string? NodeId { get; init; }

    /// <summary>How often a clustered node says it is alive.</summary>
    public double CheckinIntervalSeconds { get; init; } = 15;

    /// <summary>How long past a missed check-in the others wait before recovering its runs.</summary>
    public double CheckinMisfireThresholdSeconds { get; init; } = 30;

    /// <summary>A fire later than this counts as missed and is handled by the misfire rule.</summary>
    public double MisfireThresholdSeconds { get; init; } = 60;
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
}

/// <summary>The web dashboard.</summary>
public sealed record DashboardSettings
{
    /// <summary>Address to listen on; anything but loopback needs <see cref="Token"/>.</summary>
    public string Address { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5080;

    /// <summary>Shared secret: a bearer header, or a cookie set once from ?token=.</summary>
    public string? Token { get; init; }
}
