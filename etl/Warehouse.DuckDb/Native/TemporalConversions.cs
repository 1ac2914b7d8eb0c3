namespace Warehouse.DuckDb.Native;

/// <summary>DuckDB keeps dates as days and timestamps as microseconds since 1970-01-01.</summary>
internal static class TemporalConversions
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(EpochDayNumber + days);

    public static long ToMicros(DateTime value) => (value.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    public static DateTime FromMicros(long micros, DateTimeKind kind = DateTimeKind.Unspecified) =>
        new(DateTime.UnixEpoch.Ticks + (micros * TimeSpan.TicksPerMicrosecond), kind);

    public static long ToMicros(TimeSpan value) => value.Ticks / TimeSpan.TicksPerMicrosecond;
}
