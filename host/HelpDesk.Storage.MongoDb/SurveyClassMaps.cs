using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Surveys;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How survey invitations are stored: their questions inline, the token's secret only as a hash.</summary>
internal static class SurveyClassMaps
{
    public const string AnsweredAt = "answeredAt";

    public static BsonClassMap<SurveyQuestion> SurveyQuestion() => new(map =>
    {
        map.Map(q => q.Id, "id", required: true);
        map.Map(q => q.Kind, "kind", required: true, StoredValues.EnumByName<SurveyQuestionKind>());
        map.Map(q => q.Text, "text", required: true);
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<SurveyDefinition> SurveyDefinition() => new(map =>
    {
        map.Map(d => d.Id, "id", required: true);
        map.Map(d => d.Title, "title", required: true);
        map.Map(d => d.Questions, "questions", required: true, StoredValues.List<SurveyQuestion>());
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<SurveyInvitation> SurveyInvitation() => new(map =>
    {
        map.Map(i => i.Id, Fields.EntityId, required: true);
        map.Map(i => i.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(i => i.TicketId, Fields.TicketId, required: true);
        map.Map(i => i.PluginId, Fields.PluginId, required: true);
        map.Map(i => i.Survey, "survey", required: true);
        map.Map(i => i.SecretHash, "secretHash", required: true);
        map.Map(i => i.CreatedAt, Fields.CreatedAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(i => i.ExpiresAt, "expiresAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(i => i.AnsweredAt, AnsweredAt, serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.SetIgnoreExtraElements(true);
    });
}
