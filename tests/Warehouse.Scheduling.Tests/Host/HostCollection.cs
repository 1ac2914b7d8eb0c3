namespace Warehouse.Scheduling.Tests.Host;

/// <summary>
/// Tests that start hosts run one after another: each host is a scheduler with its own threads,
/// and the machine has two cores shared with other builds.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection
{
    public const string Name = "hosts";
}
