using System.Reflection;
using System.Text.Json.Serialization;
using HelpDesk.Sdk.Events;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Events as stored: one document each, its kind in <c>type</c>, read back as the same subtype with every field.</summary>
public sealed class EventBsonTests
{
    [Theory]
    [MemberData(nameof(SampleEvents.TypeNames), MemberType = typeof(SampleEvents))]
    public void Every_event_type_round_trips_exactly_with_its_type_name_as_discriminator(string typeName)
    {
        var domainEvent = SampleEvents.Of(typeName);

        var document = Bson.OverTheWire(EventDocuments.ToDocument(domainEvent, sequence: 42));
        var read = EventDocuments.FromDocument(document);

        Assert.Equal(["_id", "type"], document.Names.Take(2));
        Assert.Equal(typeName, document["type"]);
        Assert.Equal(new BsonDocument { { "o", "org-a" }, { "i", domainEvent.Id } }, document["_id"]);
        Assert.Equal(new BsonInt64(42), document["sequence"]);
        Assert.Equal(Bson.Instant(domainEvent.OccurredAt), document["occurredAt"]);
        Assert.Equal(42, read.Sequence);
        Assert.IsType(domainEvent.GetType(), read.Event);
        Assert.Equal(Samples.Json(domainEvent), Samples.Json(read.Event));
    }

    [Fact]
    public void The_samples_cover_every_event_type_the_sdk_declares()
    {
        var declared = typeof(DomainEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);

        Assert.Equal(declared.OrderBy(t => t.Name), SampleEvents.All().Select(e => e.GetType()).OrderBy(t => t.Name));
    }

    [Fact]
    public void Nested_records_keep_their_pinned_form()
    {
        var survey = Assert.IsType<SurveyAnswered>(SampleEvents.Of(SurveyAnswered.TypeName));
        var escalated = Assert.IsType<TicketEscalated>(SampleEvents.Of(TicketEscalated.TypeName));

        var surveyDocument = EventDocuments.ToDocument(survey, 1);
        var escalatedDocument = EventDocuments.ToDocument(escalated, 2);

        Assert.Equal(new BsonDocument { { "questionId", "q1" }, { "score", 5 }, { "text", BsonNull.Value } }, surveyDocument["response"]["answers"][0]);
        Assert.Equal(-180, surveyDocument["response"]["answeredAt"]["offsetMinutes"]);
        Assert.Equal("SecondLevel", escalatedDocument["previousTier"]);
        Assert.Equal("ThirdLevel", escalatedDocument["decision"]["tier"]);
    }

    [Fact]
    public void An_event_of_an_unknown_type_is_refused_rather_than_read_as_another()
    {
        var document = EventDocuments.ToDocument(SampleEvents.Of(NoteAdded.TypeName), 1);
        document["type"] = "ticket.merged";

        Assert.ThrowsAny<Exception>(() => EventDocuments.FromDocument(document));
    }
}
