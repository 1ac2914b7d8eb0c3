using Warehouse.Sources;

namespace Warehouse.Loading.Tests;

/// <summary>
/// The look whether a run has anything to do (<see cref="ChangeDetector.NoneChanged"/>) compares
/// the scanned files with the stamps of the known files not removed: any new, changed, gone or
/// returning file is something to do, even when the number of files stays the same.
/// </summary>
public sealed class ChangeDetectorTests
{
    private static readonly DateTime Noon = new(2025, 3, 5, 12, 0, 0, DateTimeKind.Utc);

    private static readonly ScannedFile[] Files =
    [
        new("/in/2024/city/110100.txt", 1000, Noon),
        new("/in/2024/county/110101.html", 2000, Noon.AddMinutes(1)),
    ];

    private static Dictionary<string, FileStamp> Known(IEnumerable<ScannedFile> files) =>
        files.ToDictionary(file => file.Path, file => new FileStamp(file.SizeBytes, ChangeDetector.ToStoredPrecision(file.ModifiedAtUtc)), StringComparer.Ordinal);

    [Fact]
    public void Files_as_last_seen_are_nothing_to_do_to_the_microsecond_the_warehouse_keeps()
    {
        var withTicks = Files.Select(file => file with { ModifiedAtUtc = file.ModifiedAtUtc.AddTicks(7) }).ToList();

        Assert.True(ChangeDetector.NoneChanged(Files, Known(Files)));
        Assert.True(ChangeDetector.NoneChanged(withTicks, Known(Files)));
    }

    [Fact]
    public void A_new_size_or_time_stamp_is_something_to_do()
    {
        Assert.False(ChangeDetector.NoneChanged([Files[0] with { SizeBytes = 1001 }, Files[1]], Known(Files)));
        Assert.False(ChangeDetector.NoneChanged([Files[0], Files[1] with { ModifiedAtUtc = Noon.AddMinutes(1).AddTicks(10) }], Known(Files)));
    }

    [Fact]
    public void A_new_a_gone_or_a_renamed_file_is_something_to_do()
    {
        var renamed = Files[1] with { Path = "/in/2024/county/110102.html" };

        Assert.False(ChangeDetector.NoneChanged([.. Files, new ScannedFile("/in/2024/county/110105.txt", 10, Noon)], Known(Files)));
        Assert.False(ChangeDetector.NoneChanged([Files[0]], Known(Files)));
        Assert.False(ChangeDetector.NoneChanged([Files[0], renamed], Known(Files)));
    }

    [Fact]
    public void A_file_back_after_it_was_marked_removed_is_something_to_do()
    {
        // The stamps are those of the files not removed: one marked removed is not among them.
        Assert.False(ChangeDetector.NoneChanged(Files, Known([Files[0]])));
    }
}
