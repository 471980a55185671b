using HelpDesk.Engine.Storage;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>What the scheduler sends: a claim of due, unleased jobs served by the due index, and jobs stored exactly.</summary>
public sealed class ScheduleRenderingTests
{
    [Fact]
    public void A_claim_takes_due_jobs_whose_lease_is_free_or_expired()
    {
        Assert.Equal(
            BsonDocument.Parse("{ 'dueAt.utcTicks': { $lte: NumberLong(42) }, $or: [{ leaseUntilTicks: null }, { leaseUntilTicks: { $lte: NumberLong(42) } }] }"),
            Rendered.Of(ScheduleFilters.DueInAnyOrganization(42)));
        Assert.Equal(BsonDocument.Parse("{ 'dueAt.utcTicks': 1 }"), Rendered.Of(ScheduleFilters.EarliestDue));
    }

    [Fact]
    public void A_job_reads_back_exactly_with_its_lease_cleared()
    {
        var job = new ScheduledJob
        {
            OrganizationId = "org-a", Id = "hold-check-back:i-1", Kind = "calls.check-back", DueAt = Samples.Now.AddTicks(98_765), Payload = """{"n":2}""",
        };

        var document = Bson.OverTheWire(ScheduleFilters.ToDocument(job));

        Assert.Equal(BsonNull.Value, document["leaseUntilTicks"]);
        Assert.Equal(new BsonDocument { { "o", "org-a" }, { "i", "hold-check-back:i-1" } }, document["_id"]);
        Assert.Equal(Samples.Json(job), Samples.Json(ScheduleFilters.FromDocument(document)));
    }
}
