namespace Warehouse.Scheduling.Settings;

/// <summary>The settings cannot start a host; <see cref="Problems"/> says every reason at once.</summary>
public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The scheduler settings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
