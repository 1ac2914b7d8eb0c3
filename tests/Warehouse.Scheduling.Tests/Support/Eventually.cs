namespace Warehouse.Scheduling.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes, then fails with what was expected.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan within, string expectation)
    {
        var deadline = DateTime.UtcNow + within;
        T value;
        do
        {
            value = await read();
            if (holds(value))
            {
                return value;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Within {within.TotalSeconds:0} s: {expectation}. Last value: {value}");
    }

    public static Task<T> Get<T>(Func<T> read, Func<T, bool> holds, TimeSpan within, string expectation) =>
        Get(() => Task.FromResult(read()), holds, within, expectation);

    public static Task True(Func<bool> condition, TimeSpan within, string expectation) =>
        Get(() => Task.FromResult(condition()), ok => ok, within, expectation);
}
