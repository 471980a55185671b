using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// How events are stored: one document per event, its kind in a <c>type</c> element holding the event's own
/// type name (<c>ticket.opened</c>), so the log reads the same in the shell, in change streams and in JSON.
/// </summary>
internal static class EventClassMaps
{
    public static BsonClassMap<SurveyAnswer> SurveyAnswer() => new(map =>
    {
        map.Map(a => a.QuestionId, "questionId", required: true);
        map.Map(a => a.Score, "score");
        map.Map(a => a.Text, "text");
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<SurveyResponse> SurveyResponse() => new(map =>
    {
        map.Map(r => r.Id, "id", required: true);
        map.Map(r => r.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(r => r.TicketId, Fields.TicketId, required: true);
        map.Map(r => r.SurveyId, "surveyId", required: true);
        map.Map(r => r.Answers, "answers", required: true, StoredValues.List<SurveyAnswer>());
        map.Map(r => r.AnsweredAt, "answeredAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<DomainEvent> DomainEvent() => new(map =>
    {
        // The convention is set on the map, not registered globally, so nothing else in the process is affected.
        map.SetDiscriminatorConvention(new ScalarDiscriminatorConvention(Fields.Type));
        map.SetDiscriminatorIsRequired(true);
        map.Map(e => e.Id, "id", required: true);
        map.Map(e => e.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(e => e.TicketId, Fields.TicketId, required: true);
        map.Map(e => e.OccurredAt, Fields.OccurredAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(e => e.ActorId, "actorId");
        map.SetIgnoreExtraElements(true);
        map.SetIgnoreExtraElementsIsInherited(true);
    });

    /// <summary>The map of every event type, each naming the base map it extends.</summary>
    public static IEnumerable<BsonClassMap> Subtypes(BsonClassMap<DomainEvent> baseMap)
    {
        yield return Subtype<TicketOpened>(baseMap, TicketOpened.TypeName, map =>
        {
            map.Map(e => e.Number, Fields.Number, required: true);
            map.Map(e => e.Priority, Fields.Priority, required: true, StoredValues.EnumByName<TicketPriority>());
            map.Map(e => e.ContactId, Fields.ContactId);
            map.Map(e => e.AssetId, Fields.AssetId);
        });
        yield return Subtype<TicketTagged>(baseMap, TicketTagged.TypeName, map =>
        {
            map.Map(e => e.Added, "added", serializer: StoredValues.List<Tag>());
            map.Map(e => e.Removed, "removed", serializer: StoredValues.List<string>());
        });
        yield return Subtype<TicketEscalated>(baseMap, TicketEscalated.TypeName, map =>
        {
            map.Map(e => e.Decision, "decision", required: true);
            map.Map(e => e.PreviousTier, "previousTier", required: true, StoredValues.EnumByName<SupportTier>());
        });
        yield return Subtype<TicketReplied>(baseMap, TicketReplied.TypeName, map =>
        {
            map.Map(e => e.NoteId, "noteId", required: true);
            map.Map(e => e.IsFirstReply, "isFirstReply");
        });
        yield return Subtype<NoteAdded>(baseMap, NoteAdded.TypeName, map => map.Map(e => e.NoteId, "noteId", required: true));
        yield return Subtype<TicketAssigned>(baseMap, TicketAssigned.TypeName, map =>
        {
            map.Map(e => e.AssigneeId, Fields.AssigneeId, required: true);
            map.Map(e => e.PreviousAssigneeId, "previousAssigneeId");
        });
        yield return Subtype<TicketTransferred>(baseMap, TicketTransferred.TypeName, map =>
        {
            map.Map(e => e.To, "to", required: true);
            map.Map(e => e.Warm, "warm");
            map.Map(e => e.TransferCount, "transferCount", required: true);
        });
        yield return Subtype<TicketResolved>(baseMap, TicketResolved.TypeName, map =>
        {
            map.Map(e => e.FirstContact, "firstContact");
            map.Map(e => e.ServiceType, "serviceType");
        });
        yield return Subtype<TicketReopened>(baseMap, TicketReopened.TypeName, map => map.Map(e => e.Reason, "reason"));
        yield return Subtype<SurveyAnswered>(baseMap, SurveyAnswered.TypeName, map => map.Map(e => e.Response, "response", required: true));
        yield return Subtype<TicketUpdated>(baseMap, TicketUpdated.TypeName, map => map.Map(e => e.Fields, "fields"));
        foreach (var map in InteractionEventClassMaps.Subtypes(baseMap))
        {
            yield return map;
        }

        foreach (var map in PromiseEventClassMaps.Subtypes(baseMap))
        {
            yield return map;
        }

        foreach (var map in HandoffEventClassMaps.Subtypes(baseMap))
        {
            yield return map;
        }
    }

    /// <summary>Maps an event type as a subtype of the base map, told apart by its type name.</summary>
    internal static BsonClassMap<T> Subtype<T>(BsonClassMap<DomainEvent> baseMap, string typeName, Action<BsonClassMap<T>> mapMembers)
        where T : DomainEvent
    {
        // Passing the base map keeps the driver from auto-mapping DomainEvent when this map is frozen.
        var map = new BsonClassMap<T>(baseMap);
        map.SetDiscriminator(typeName);
        mapMembers(map);
        map.SetIgnoreExtraElements(true);
        return map;
    }
}
