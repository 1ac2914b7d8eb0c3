using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Warehouse.Scheduling.Jobs;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>What Hangfire's store says about the nightly job and its runs, read as its dashboard reads it.</summary>
public sealed class JobHistory(JobStorage storage)
{
    public StatisticsDto Statistics() => storage.GetMonitoringApi().GetStatistics();

    /// <summary>Ids of the jobs in that state, newest first.</summary>
    public IReadOnlyList<string> SucceededIds() => [.. storage.GetMonitoringApi().SucceededJobs(0, 1000).Select(j => j.Key)];

    public IReadOnlyList<string> FailedIds() => [.. storage.GetMonitoringApi().FailedJobs(0, 1000).Select(j => j.Key)];

    public IReadOnlyList<string> ProcessingIds() => [.. storage.GetMonitoringApi().ProcessingJobs(0, 1000).Select(j => j.Key)];

    /// <summary>The job's states, oldest first.</summary>
    public IReadOnlyList<StateHistoryDto> States(string jobId) =>
        [.. (storage.GetMonitoringApi().JobDetails(jobId)?.History ?? []).Reverse()];

    public SucceededJobDto? Succeeded(string jobId) =>
        storage.GetMonitoringApi().SucceededJobs(0, 1000).FirstOrDefault(j => j.Key == jobId).Value;

    public RecurringJobDto Nightly()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs([NightlyJob.RecurringId]).Single();
    }
}
