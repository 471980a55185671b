using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Engine.Tests;

public sealed class JobSchedulerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Due_jobs_run_once_and_a_handler_can_re_arm_its_job()
    {
        var handler = new RepeatingHandler(times: 2, every: TimeSpan.FromSeconds(35));
        await using var engine = await EngineHarness.StartAsync(services => services.AddSingleton<IScheduledJobHandler>(handler));
        handler.Store = engine.Get<IScheduleStore>();
        await handler.Store.ScheduleAsync(Job(engine.Clock.GetUtcNow().AddSeconds(35)), Cancel);
        var scheduler = engine.Get<JobScheduler>();

        var early = await scheduler.RunDueAsync(Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(35));
        var first = await scheduler.RunDueAsync(Cancel);
        var again = await scheduler.RunDueAsync(Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(35));
        var second = await scheduler.RunDueAsync(Cancel);

        Assert.Equal((0, 1, 0, 1), (early, first, again, second));
        Assert.Equal([engine.Clock.GetUtcNow().AddSeconds(-35), engine.Clock.GetUtcNow()], handler.RanAt);
        Assert.Null(await handler.Store.FindAsync(EngineHarness.OrganizationId, "job-1", Cancel));
    }

    [Fact]
    public async Task A_failing_job_stays_and_runs_again_after_its_lease()
    {
        var handler = new RepeatingHandler(times: 1, every: TimeSpan.Zero) { FailFirst = true };
        await using var engine = await EngineHarness.StartAsync(services => services.AddSingleton<IScheduledJobHandler>(handler));
        handler.Store = engine.Get<IScheduleStore>();
        await handler.Store.ScheduleAsync(Job(engine.Clock.GetUtcNow()), Cancel);
        var scheduler = engine.Get<JobScheduler>();

        var failed = await scheduler.RunDueAsync(Cancel);
        var leased = await scheduler.RunDueAsync(Cancel);
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await scheduler.RunDueAsync(Cancel);

        Assert.Equal((0, 0, 1), (failed, leased, retried));
        Assert.Null(await handler.Store.FindAsync(EngineHarness.OrganizationId, "job-1", Cancel));
    }

    private static ScheduledJob Job(DateTimeOffset dueAt) =>
        new() { OrganizationId = EngineHarness.OrganizationId, Id = "job-1", Kind = RepeatingHandler.KindName, DueAt = dueAt };

    private sealed class RepeatingHandler(int times, TimeSpan every) : IScheduledJobHandler
    {
        public const string KindName = "test.repeating";

        public IScheduleStore Store { get; set; } = null!;

        public bool FailFirst { get; set; }

        public List<DateTimeOffset> RanAt { get; } = [];

        public string Kind => KindName;

        public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
        {
            if (FailFirst)
            {
                FailFirst = false;
                throw new InvalidOperationException("The first run fails.");
            }

            RanAt.Add(job.DueAt);
            if (RanAt.Count < times)
            {
                await Store.ScheduleAsync(job with { DueAt = job.DueAt + every, Revision = Guid.NewGuid().ToString("N") }, cancellationToken);
            }
        }
    }
}
