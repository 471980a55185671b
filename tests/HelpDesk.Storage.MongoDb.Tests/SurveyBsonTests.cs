using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Surveys;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>A survey invitation as stored: questions inline, kinds by name, instants pinned, the secret only as its hash.</summary>
public sealed class SurveyBsonTests
{
    [Fact]
    public void An_invitation_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var sent = Samples.Now.AddTicks(4_321);
        var invitation = new SurveyInvitation
        {
            Id = "sv-1",
            OrganizationId = "org-a",
            TicketId = "t-1",
            PluginId = "helpdesk.surveys",
            Survey = new SurveyDefinition
            {
                Id = "csat-nps",
                Title = "How did we do?",
                Questions = [new SurveyQuestion { Id = "nps", Kind = SurveyQuestionKind.Nps, Text = "Would you recommend us?" }],
            },
            SecretHash = "ab12",
            CreatedAt = sent,
            ExpiresAt = sent.AddDays(30),
            AnsweredAt = sent.AddDays(1),
        };

        var document = Bson.OverTheWire(SurveyDocuments.Invitation(invitation));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "sv-1" } } },
                { "id", "sv-1" },
                { "organizationId", "org-a" },
                { "ticketId", "t-1" },
                { "pluginId", "helpdesk.surveys" },
                {
                    "survey", new BsonDocument
                    {
                        { "id", "csat-nps" },
                        { "title", "How did we do?" },
                        { "questions", new BsonArray { new BsonDocument { { "id", "nps" }, { "kind", "Nps" }, { "text", "Would you recommend us?" } } } },
                    }
                },
                { "secretHash", "ab12" },
                { "createdAt", Bson.Instant(invitation.CreatedAt) },
                { "expiresAt", Bson.Instant(invitation.ExpiresAt) },
                { "answeredAt", Bson.Instant(invitation.AnsweredAt.Value) },
            },
            document);
        Assert.Equal(Samples.Json(invitation), Samples.Json(StoreBsonMapping.FromDocument<SurveyInvitation>(document)));
    }
}
