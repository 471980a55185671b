using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Survey invitations and responses as documents, keyed by organisation and id.</summary>
internal static class SurveyDocuments
{
    public static BsonDocument Invitation(SurveyInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(invitation.OrganizationId, invitation.Id));
        document.AddRange(StoreBsonMapping.ToDocument(invitation));
        return document;
    }

    public static BsonDocument Response(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(response.OrganizationId, response.Id));
        document.AddRange(StoreBsonMapping.ToDocument(response));
        return document;
    }
}
