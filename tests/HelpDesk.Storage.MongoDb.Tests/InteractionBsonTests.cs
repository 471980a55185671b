using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>An interaction as stored: steps and holds inline, enums by name, instants pinned, durations as ticks, the open hold lifted out for the queue.</summary>
public sealed class InteractionBsonTests
{
    private static readonly DateTimeOffset HeldAt = Samples.Now.AddTicks(4_321);

    [Fact]
    public void A_held_interaction_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var interaction = InteractionSamples.Held("org-a", "i-1", "t-1", HeldAt);

        var document = Bson.OverTheWire(InteractionDocuments.ToDocument(interaction));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "i-1" } } },
                { "id", "i-1" },
                { "organizationId", "org-a" },
                { "ticketId", "t-1" },
                { "contactId", "contact-7" },
                { "agentId", "mila" },
                { "agentName", "Mila “the fixer”" },
                { "channel", "Chat" },
                { "step", "Troubleshooting" },
                { "startedAt", Bson.Instant(interaction.StartedAt) },
                { "endedAt", BsonNull.Value },
                {
                    "steps", new BsonArray
                    {
                        new BsonDocument { { "step", "Greeting" }, { "enteredAt", Bson.Instant(interaction.Steps[0].EnteredAt) } },
                        new BsonDocument { { "step", "Troubleshooting" }, { "enteredAt", Bson.Instant(interaction.Steps[1].EnteredAt) } },
                    }
                },
                {
                    "holds", new BsonArray
                    {
                        new BsonDocument
                        {
                            { "reason", "check the order" }, { "heldAt", Bson.Instant(interaction.Holds[0].HeldAt) },
                            { "resumedAt", Bson.Instant(interaction.Holds[0].ResumedAt!.Value) }, { "checkBackCount", 1 },
                        },
                        new BsonDocument { { "reason", "ask the network team" }, { "heldAt", Bson.Instant(HeldAt) }, { "resumedAt", BsonNull.Value }, { "checkBackCount", 0 } },
                    }
                },
                { "totalHoldTime", interaction.TotalHoldTime.Ticks },
                { "version", 4 },
                { "onHoldSince", Bson.Instant(HeldAt) },
            },
            document);
        Assert.Equal(Samples.Json(interaction), Samples.Json(StoreBsonMapping.FromDocument<Interaction>(document)));
    }

    [Fact]
    public void An_interaction_off_hold_is_not_in_the_queue()
    {
        var resumed = InteractionSamples.Resumed(InteractionSamples.Held("org-a", "i-1", "t-1", HeldAt), HeldAt.AddSeconds(40));

        Assert.False(InteractionDocuments.ToDocument(resumed).Contains(InteractionDocuments.OnHoldSince));
    }
}
