using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Lists ordered by update time and priority: the sorts, the keyset conditions and the priority key, as sent to the server.</summary>
public sealed class TicketOrderRenderingTests
{
    private const string Org = "org-a";

    /// <summary>An update time a tenth of a millisecond past a millisecond (UTC ticks 638775340131201000).</summary>
    private static readonly DateTimeOffset Changed = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 120, TimeSpan.FromHours(2)).AddTicks(1_000);

    [Theory]
    [InlineData(TicketSort.UpdatedAt, true, "{ 'updatedAt.utcTicks': -1, number: -1 }")]
    [InlineData(TicketSort.UpdatedAt, false, "{ 'updatedAt.utcTicks': 1, number: 1 }")]
    [InlineData(TicketSort.Priority, true, "{ priorityKey: -1 }")]
    [InlineData(TicketSort.Priority, false, "{ priorityKey: 1 }")]
    public void Lists_sort_by_exact_update_time_or_priority_key_then_number(TicketSort sort, bool descending, string expected)
    {
        Assert.Equal(BsonDocument.Parse(expected), Rendered.Of(TicketListOrder.Of(new TicketQuery { OrderBy = sort, Descending = descending, Limit = 1 })));
    }

    [Fact]
    public void A_page_by_update_time_starts_within_the_ticks_range_and_breaks_the_tie_by_number_without_a_top_level_or()
    {
        var newestFirst = Rendered.Of(TicketFilters.Page(Org, Query(TicketSort.UpdatedAt, descending: true, Changed.UtcTicks, 40)));
        var oldestFirst = Rendered.Of(TicketFilters.Page(Org, Query(TicketSort.UpdatedAt, descending: false, Changed.UtcTicks, 40)));

        Assert.Equal(
            BsonDocument.Parse("""
                {
                  organizationId: 'org-a',
                  'updatedAt.utcTicks': { $lte: NumberLong(638775340131201000) },
                  $nor: [{ 'updatedAt.utcTicks': NumberLong(638775340131201000), number: { $gte: NumberLong(40) } }]
                }
                """),
            newestFirst);
        Assert.Equal(
            BsonDocument.Parse("""
                {
                  organizationId: 'org-a',
                  'updatedAt.utcTicks': { $gte: NumberLong(638775340131201000) },
                  $nor: [{ 'updatedAt.utcTicks': NumberLong(638775340131201000), number: { $lte: NumberLong(40) } }]
                }
                """),
            oldestFirst);
        Rendered.AssertScopedTo(Org, newestFirst);
    }

    [Fact]
    public void A_changed_after_filter_and_the_position_share_one_range_of_ticks()
    {
        var query = Query(TicketSort.UpdatedAt, descending: true, Changed.UtcTicks, 40) with { Filter = new TicketFilter { UpdatedAfter = Changed.AddHours(-1) } };

        var rendered = Rendered.Of(TicketFilters.Page(Org, query));

        Assert.Equal(
            BsonDocument.Parse("{ $gt: NumberLong(638775304131201000), $lte: NumberLong(638775340131201000) }"),
            rendered["updatedAt.utcTicks"]);
        Rendered.AssertScopedTo(Org, rendered);
    }

    [Theory]
    [InlineData(true, "$lt")]
    [InlineData(false, "$gt")]
    public void A_page_by_priority_is_one_range_of_the_priority_key(bool descending, string past)
    {
        // High is rank 2: 2 × 2^50 + 40.
        var rendered = Rendered.Of(TicketFilters.Page(Org, Query(TicketSort.Priority, descending, key: 2, number: 40)));

        Assert.Equal(new BsonDocument { { "organizationId", Org }, { "priorityKey", new BsonDocument(past, (2L << 50) + 40) } }, rendered);
    }

    [Fact]
    public void A_stored_ticket_carries_its_priority_key_ranked_by_urgency()
    {
        long KeyOf(TicketPriority priority) => TicketDocuments.ToDocument(Samples.Ticket(Org, 7) with { Priority = priority }, null)["priorityKey"].AsInt64;

        Assert.Equal([7L, (1L << 50) + 7, (2L << 50) + 7, (3L << 50) + 7], new[] { TicketPriority.Low, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent }.Select(KeyOf));
        Assert.Equal((3L << 50) + 7, Rendered.Of(TicketDocuments.NewState(Samples.Ticket(Org, 7) with { Priority = TicketPriority.Urgent }))["$set"]["priorityKey"]);
    }

    [Fact]
    public void The_priority_key_backfill_computes_the_key_on_the_server_for_tickets_still_without_one()
    {
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', priorityKey: { $exists: false } }"), Rendered.Of(TicketFilters.WithoutPriorityKey(Org)));
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""
                    {
                      $set: {
                        priorityKey: {
                          $add: [
                            { $multiply: [{ $indexOfArray: [['Low', 'Normal', 'High', 'Urgent'], '$priority'] }, NumberLong(1125899906842624)] },
                            '$number'
                          ]
                        }
                      }
                    }
                    """),
            }),
            Rendered.PipelineOf(TicketPriorityKeysBackfill.SetKey));
    }

    private static TicketQuery Query(TicketSort sort, bool descending, long key, long number) =>
        new() { OrderBy = sort, Descending = descending, AfterKey = key, AfterNumber = number, Limit = 10 };
}
