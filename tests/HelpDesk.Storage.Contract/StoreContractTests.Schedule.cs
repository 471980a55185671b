using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Noon = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(1)).AddTicks(7);

    [Fact]
    public async Task Due_jobs_are_claimed_once_earliest_first_and_again_only_after_their_lease()
    {
        await Store.Schedule.ScheduleAsync(Job(OrgA, "late", Noon.AddSeconds(30)), Ct);
        await Store.Schedule.ScheduleAsync(Job(OrgB, "early", Noon.AddSeconds(10)), Ct);
        await Store.Schedule.ScheduleAsync(Job(OrgA, "future", Noon.AddHours(1)), Ct);
        var now = Noon.AddMinutes(1);

        var first = await Store.Schedule.ClaimDueAsync(now, "host-1", now.AddMinutes(1), 10, Ct);
        var second = await Store.Schedule.ClaimDueAsync(now, "host-2", now.AddMinutes(1), 10, Ct);
        var afterLease = await Store.Schedule.ClaimDueAsync(now.AddMinutes(2), "host-2", now.AddMinutes(3), 1, Ct);

        Assert.Equal(["early", "late"], first.Select(j => j.Id));
        Assert.Equal(Noon.AddSeconds(10), first[0].DueAt);
        Assert.Empty(second);
        Assert.Equal(["early"], afterLease.Select(j => j.Id));
    }

    [Fact]
    public async Task A_completed_job_is_gone_but_one_rescheduled_meanwhile_stays()
    {
        await Store.Schedule.ScheduleAsync(Job(OrgA, "check-back", Noon), Ct);
        var claimed = Assert.Single(await Store.Schedule.ClaimDueAsync(Noon, "host-1", Noon.AddMinutes(1), 10, Ct));
        var rearmed = Job(OrgA, "check-back", Noon.AddSeconds(35));
        await Store.Schedule.ScheduleAsync(rearmed, Ct);

        Assert.False(await Store.Schedule.CompleteAsync(claimed, Ct));
        await ReopenAsync();

        var kept = await Store.Schedule.FindAsync(OrgA, "check-back", Ct);
        Assert.Equal((rearmed.DueAt, rearmed.Revision, rearmed.Payload), (kept!.DueAt, kept.Revision, kept.Payload));
        Assert.Equal(["check-back"], (await Store.Schedule.ClaimDueAsync(Noon.AddMinutes(1), "host-2", Noon.AddMinutes(2), 10, Ct)).Select(j => j.Id));
        Assert.True(await Store.Schedule.CompleteAsync(kept, Ct));
        Assert.Null(await Store.Schedule.FindAsync(OrgA, "check-back", Ct));
    }

    [Fact]
    public async Task A_cancelled_job_never_fires_and_jobs_are_kept_apart_per_organisation()
    {
        await Store.Schedule.ScheduleAsync(Job(OrgA, "reminder", Noon), Ct);
        await Store.Schedule.ScheduleAsync(Job(OrgB, "reminder", Noon), Ct);

        Assert.True(await Store.Schedule.CancelAsync(OrgA, "reminder", Ct));
        Assert.False(await Store.Schedule.CancelAsync(OrgA, "reminder", Ct));

        Assert.Null(await Store.Schedule.FindAsync(OrgA, "reminder", Ct));
        var left = Assert.Single(await Store.Schedule.ClaimDueAsync(Noon, "host-1", Noon.AddMinutes(1), 10, Ct));
        Assert.Equal(OrgB, left.OrganizationId);
    }

    private static ScheduledJob Job(string organizationId, string id, DateTimeOffset dueAt) => new()
    {
        OrganizationId = organizationId,
        Id = id,
        Kind = "test.reminder",
        DueAt = dueAt,
        Payload = """{"interactionId":"i-1","note":"“quoted” ✓"}""",
    };
}
