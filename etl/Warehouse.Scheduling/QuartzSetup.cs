using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Warehouse.Scheduling.History;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Scheduling;

/// <summary>
/// The Quartz scheduler as `warehouse serve` runs it: a persistent job store (SQLite, or
/// PostgreSQL with optional clustering) whose schema is created on first start, execution
/// history kept in that store, retries with exponential back-off, and a shutdown that asks a
/// running job to stop at a safe point and hands it back for recovery.
/// </summary>
public static class QuartzSetup
{
    public static IServiceCollection AddWarehouseQuartz(this IServiceCollection services, SchedulerSettings settings)
    {
        var connection = JobStoreConnection.From(settings);
        var store = settings.JobStore;

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = store.SchedulerName;
                if (!string.IsNullOrWhiteSpace(store.NodeId))
                {
                    s.InstanceId = store.NodeId;
                }

                // A graceful shutdown cancels the running job's token, then waits for it to stop.
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            // The nightly job is the only job; one worker thread is all it may use.
            q.UseDefaultThreadPool(1);

            if (settings.Retry.Count > 0)
            {
                q.UseDefaultRetryPolicy(RetryPolicy.Exponential(
                    settings.Retry.Count,
                    TimeSpan.FromSeconds(settings.Retry.DelaySeconds),
                    2.0,
                    TimeSpan.FromSeconds(settings.Retry.MaxDelaySeconds)));
            }

            q.UsePersistentStore(s =>
            {
                if (connection.IsPostgres)
                {
                    s.UsePostgres(connection.ConnectionString);
                }
                else
                {
                    s.UseSqlite(connection.ConnectionString);
                }

                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
                s.UseExecutionHistory();
                s.ConfigureStore(o =>
                {
                    o.MisfireThreshold = TimeSpan.FromSeconds(store.MisfireThresholdSeconds);
                    o.RecoverFiringsCancelledByShutdown = true;
                });

                if (store.Clustered)
                {
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(store.CheckinIntervalSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(store.CheckinMisfireThresholdSeconds);
                    });
                }
            });
        });

        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });

        return services;
    }
}
