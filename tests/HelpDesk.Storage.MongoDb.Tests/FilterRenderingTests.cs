using System.Reflection;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Every filter the store sends starts with the organisation, and reads as intended.</summary>
public sealed class FilterRenderingTests
{
    private const string Org = "org-a";

    /// <summary>An instant between two milliseconds, as the engine's clock gives them.</summary>
    private static readonly DateTimeOffset ChangedAfter = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 120, TimeSpan.FromHours(2)).AddTicks(4_567);

    private static readonly TicketFilter EveryCriterion = new()
    {
        Statuses = [TicketStatus.Open, TicketStatus.Pending, TicketStatus.Open],
        Priorities = [TicketPriority.High],
        Tags = ["Service:Email", "LEMON", "lemon"],
        AssigneeId = "agent-1",
        ContactId = "contact-1",
        AssetId = "asset-1",
        Text = "50% OFF a.b*(",
        UpdatedAfter = ChangedAfter,
    };

    private static readonly DirectoryQuery EveryDirectoryCriterion = new() { Text = "A.b*", ContactId = "contact-1", AfterId = "a-9", Limit = 10 };

    /// <summary>The one filter not scoped to an organisation, by design (see the README): authentication finds a request's organisation by its key.</summary>
    private static readonly MethodInfo GlobalKeyLookup = typeof(ApiKeyFilters).GetMethod(nameof(ApiKeyFilters.ByKeyIdInAnyOrganization))!;

    private static readonly MethodInfo SchedulerClaim = typeof(ScheduleFilters).GetMethod(nameof(ScheduleFilters.DueInAnyOrganization))!;

    [Fact]
    public void Every_filter_the_store_can_build_starts_with_the_organisation()
    {
        // Found by reflection, so a filter added later is checked without anyone remembering to add it here.
        var builders = typeof(OrganizationFilter).Assembly.GetTypes()
            .Where(t => t != typeof(OrganizationFilter))
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(FilterDefinition<BsonDocument>) && m != GlobalKeyLookup && m != SchedulerClaim)
            .ToList();

        Assert.True(builders.Count >= 18, $"Only {builders.Count} filter builders were found.");
        Assert.All(builders, builder =>
        {
            var filter = (FilterDefinition<BsonDocument>)builder.Invoke(null, [.. builder.GetParameters().Select(SampleArgument)])!;
            Rendered.AssertScopedTo(Org, Rendered.Of(filter));
        });
    }

    [Fact]
    public void A_ticket_is_found_by_its_compound_key_within_the_organisation()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', _id: { o: 'org-a', i: 't-1' } }"),
            Rendered.Of(KeyFilters.ById(Org, "t-1")));
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', _id: { $in: [{ o: 'org-a', i: 't-1' }, { o: 'org-a', i: 't-2' }] } }"),
            Rendered.Of(KeyFilters.ByIds(Org, ["t-1", "t-2"])));
    }

    [Fact]
    public void An_update_compares_the_version_it_read()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', _id: { o: 'org-a', i: 't-1' }, version: 4 }"),
            Rendered.Of(KeyFilters.AtVersion(Org, "t-1", 4)));
    }

    [Fact]
    public void The_idempotency_key_lookup_can_use_the_partial_index()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', idempotencyKey: { $exists: true, $eq: 'create-7f3a' } }"),
            Rendered.Of(TicketFilters.ByIdempotencyKey(Org, "create-7f3a")));
    }

    [Fact]
    public void A_list_filter_matches_names_lower_cased_tags_and_pages_after_a_number()
    {
        var descending = Rendered.Of(TicketFilters.Page(Org, new TicketQuery { Filter = EveryCriterion, AfterNumber = 40, Limit = 10 }));
        var ascending = Rendered.Of(TicketFilters.Page(Org, new TicketQuery { Descending = false, AfterNumber = 40, Limit = 10 }));

        Assert.Equal(
            BsonDocument.Parse("""
                {
                  organizationId: 'org-a',
                  status: { $in: ['Open', 'Pending'] },
                  priority: { $in: ['High'] },
                  tagKeys: { $all: ['service:email', 'lemon'] },
                  assigneeId: 'agent-1',
                  contactId: 'contact-1',
                  assetId: 'asset-1',
                  searchKeys: /50% off a\.b\*\(/,
                  'updatedAt.utc': { $gte: ISODate('2025-03-14T07:26:53.120Z') },
                  'updatedAt.utcTicks': { $gt: NumberLong(638775340131204567) },
                  number: { $lt: NumberLong(40) }
                }
                """),
            descending);
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', number: { $gt: NumberLong(40) } }"), ascending);
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(TicketFilters.Matching(Org, new TicketFilter())));
    }

    [Fact]
    public void A_ticket_text_is_one_escaped_lower_cased_pattern_on_the_search_keys_within_the_organisation()
    {
        var rendered = Rendered.Of(TicketFilters.Matching(Org, new TicketFilter { Text = @"C:\Temp (1) [x] ^$|?+{}" }));

        Assert.Equal(BsonDocument.Parse(@"{ organizationId: 'org-a', searchKeys: /c:\\temp \(1\) \[x\] \^\$\|\?\+\{\}/ }"), rendered);
        Rendered.AssertScopedTo(Org, rendered);
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(TicketFilters.Matching(Org, new TicketFilter { Text = "" })));
    }

    [Fact]
    public void Changed_after_bounds_the_indexed_millisecond_and_decides_by_ticks_whatever_the_offset()
    {
        var utc = Rendered.Of(TicketFilters.Matching(Org, new TicketFilter { UpdatedAfter = ChangedAfter.ToUniversalTime() }));
        var offset = Rendered.Of(TicketFilters.Matching(Org, new TicketFilter { UpdatedAfter = ChangedAfter.ToOffset(TimeSpan.FromHours(-7)) }));

        Assert.Equal(
            new BsonDocument
            {
                { "organizationId", Org },
                { "updatedAt.utc", new BsonDocument("$gte", new BsonDateTime(new DateTime(2025, 3, 14, 7, 26, 53, 120, DateTimeKind.Utc))) },
                { "updatedAt.utcTicks", new BsonDocument("$gt", ChangedAfter.UtcTicks) },
            },
            utc);
        Assert.Equal(utc, offset);
        Rendered.AssertScopedTo(Org, utc);
    }

    [Fact]
    public void The_search_key_backfill_touches_only_tickets_still_without_keys_within_the_organisation()
    {
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', searchKeys: { $exists: false } }"), Rendered.Of(TicketFilters.WithoutSearchKeys(Org)));
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', _id: { o: 'org-a', i: 't-1' }, searchKeys: { $exists: false } }"),
            Rendered.Of(TicketFilters.WithoutSearchKeys(Org, "t-1")));
    }

    [Fact]
    public void Lists_sort_by_number_and_the_log_by_sequence()
    {
        Assert.Equal(BsonDocument.Parse("{ number: -1 }"), Rendered.Of(TicketListOrder.Of(new TicketQuery { Limit = 1 })));
        Assert.Equal(BsonDocument.Parse("{ number: 1 }"), Rendered.Of(TicketListOrder.Of(new TicketQuery { Descending = false, Limit = 1 })));
        Assert.Equal(BsonDocument.Parse("{ sequence: 1 }"), Rendered.Of(EventFilters.BySequence));
    }

    [Fact]
    public void The_other_collections_are_keyed_by_organisation_first()
    {
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', sequence: { $gt: NumberLong(9) } }"), Rendered.Of(EventFilters.After(Org, 9)));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', ticketId: 't-1' }"), Rendered.Of(EventFilters.ForTicket(Org, "t-1")));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', name: 'ticketNumber' }"), Rendered.Of(Counters.Named(Org, Counters.TicketNumber)));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(DeskFilters.OfOrganization(Org)));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', version: 2 }"), Rendered.Of(DeskFilters.ConfigurationAtVersion(Org, 2)));
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', pluginId: 'tagger', key: 'threshold' }"),
            Rendered.Of(DeskFilters.PluginValue(Org, "tagger", "threshold")));
    }

    [Fact]
    public void The_global_api_key_lookup_matches_the_primary_key_and_nothing_else()
    {
        Assert.Equal(BsonDocument.Parse("{ _id: 'k-1' }"), Rendered.Of(ApiKeyFilters.ByKeyIdInAnyOrganization("k-1")));
        Assert.Equal(typeof(FilterDefinition<BsonDocument>), GlobalKeyLookup.ReturnType);
    }

    [Fact]
    public void Directory_lists_page_after_an_id_and_match_the_escaped_lower_cased_text_in_search_keys()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', contactId: 'contact-1', id: { $gt: 'a-9' }, searchKeys: /a\\.b\\*/ }"),
            Rendered.Of(DirectoryFilters.Assets(Org, EveryDirectoryCriterion)));
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', id: { $gt: 'a-9' }, searchKeys: /a\\.b\\*/ }"),
            Rendered.Of(DirectoryFilters.Contacts(Org, EveryDirectoryCriterion)));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(DirectoryFilters.Contacts(Org, new DirectoryQuery { Text = "", Limit = 1 })));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', serialNumber: 'SN-1' }"), Rendered.Of(DirectoryFilters.AssetBySerialNumber(Org, "SN-1")));
        Assert.Equal(BsonDocument.Parse("{ id: 1 }"), Rendered.Of(DirectoryFilters.ById));
    }

    [Fact]
    public void Contacts_and_assets_are_found_by_their_compound_key_within_the_organisation()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', _id: { o: 'org-a', i: 'c-1' }, version: 2 }"),
            Rendered.Of(KeyFilters.AtVersion(Org, "c-1", 2)));
    }

    [Fact]
    public void Notes_are_read_per_ticket_oldest_first_by_exact_instant()
    {
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', ticketId: 't-1' }"), Rendered.Of(NoteFilters.ForTicket(Org, "t-1")));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', ticketId: { $in: ['t-1', 't-2'] } }"), Rendered.Of(NoteFilters.ForTickets(Org, ["t-1", "t-2"])));
        Assert.Equal(BsonDocument.Parse("{ 'createdAt.utcTicks': 1, id: 1 }"), Rendered.Of(NoteFilters.ByCreation));
    }

    [Fact]
    public void Api_keys_are_listed_and_revoked_within_the_organisation()
    {
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(ApiKeyFilters.OfOrganization(Org)));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a', _id: 'k-1', revokedAt: null }"), Rendered.Of(ApiKeyFilters.Unrevoked(Org, "k-1")));
        Assert.Equal(BsonDocument.Parse("{ 'createdAt.utcTicks': 1, id: 1 }"), Rendered.Of(ApiKeyFilters.ByCreation));
    }

    [Fact]
    public void A_filter_cannot_be_built_without_an_organisation()
    {
        Assert.Throws<ArgumentNullException>(() => KeyFilters.ById(null!, "t-1"));
        Assert.Throws<ArgumentException>(() => EventFilters.ForTicket("", "t-1"));
    }

    private static object? SampleArgument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        _ when parameter.Name == "organizationId" => Org,
        var t when t == typeof(string) => "sample",
        var t when t == typeof(int) => 1,
        var t when t == typeof(long) => 1L,
        var t when t == typeof(long?) => 1L,
        var t when t == typeof(bool) => true,
        var t when t == typeof(TicketFilter) => EveryCriterion,
        var t when t == typeof(TicketQuery) => new TicketQuery { Filter = EveryCriterion, OrderBy = TicketSort.UpdatedAt, AfterKey = ChangedAfter.UtcTicks, AfterNumber = 40, Limit = 10 },
        var t when t == typeof(DirectoryQuery) => EveryDirectoryCriterion,
        var t when t == typeof(TransferRequestFilter) => new TransferRequestFilter { TicketId = "t-1", To = "Network", Status = TransferRequestStatus.Pending },
        var t when t == typeof(MessageFilter) => new MessageFilter { For = "Anna", Status = MessageStatus.Open },
        var t when t == typeof(MetricBucket) => MetricBucket.Day,
        var t when t == typeof(AuditAction?) => AuditAction.PluginEnabled,
        var t when t == typeof(BsonValue) => new BsonDocument { { "o", Org }, { "i", "m-1" } },
        var t when t == typeof(DateTimeOffset) => ChangedAfter,
        var t when t == typeof(PromisePosition) => new PromisePosition(ChangedAfter, "p-1"),
        var t when t == typeof(MetricRollupQuery) => new MetricRollupQuery { Metrics = ["nps"], Bucket = MetricBucket.Week, From = ChangedAfter, To = ChangedAfter.AddDays(7) },
        var t when t.IsAssignableFrom(typeof(string[])) => new[] { "sample" },
        var t => throw new InvalidOperationException($"Give {parameter.Member.Name}'s parameter {parameter.Name} ({t.Name}) a sample value."),
    };
}
