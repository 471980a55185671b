using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Surveys;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset SentAt = new DateTimeOffset(2026, 3, 2, 17, 45, 12, TimeSpan.FromHours(1)).AddTicks(1234);

    [Fact]
    public async Task A_survey_invitation_is_stored_whole_and_found_by_id_or_ticket()
    {
        var invitation = Invitation(OrgA, "sv-1", "t-1");
        await Store.Surveys.InsertInvitationAsync(invitation, Ct);
        await Store.Surveys.InsertInvitationAsync(Invitation(OrgA, "sv-2", "t-2") with { CreatedAt = SentAt.AddHours(1) }, Ct);
        await Store.Surveys.InsertInvitationAsync(Invitation(OrgB, "sv-3", "t-1"), Ct);

        Assert.Equal(Samples.Json(invitation), Samples.Json(await Store.Surveys.FindInvitationAsync(OrgA, "sv-1", Ct)));
        Assert.Null(await Store.Surveys.FindInvitationAsync(OrgB, "sv-1", Ct));
        Assert.Equal(["sv-1", "sv-2"], (await Store.Surveys.ListInvitationsAsync(OrgA, ["t-2", "t-1"], Ct)).Select(i => i.Id));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Surveys.InsertInvitationAsync(invitation, Ct));
    }

    [Fact]
    public async Task A_survey_is_answered_once_with_its_event_and_the_invitation_marked()
    {
        await Store.Surveys.InsertInvitationAsync(Invitation(OrgA, "sv-1", "t-1"), Ct);
        var response = Response(OrgA, "sv-1", "t-1");

        await Store.Surveys.RecordResponseAsync(response, [Answered(response)], Ct);
        var second = response with { Answers = [new SurveyAnswer { QuestionId = "nps", Score = 10 }] };
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Surveys.RecordResponseAsync(second, [Answered(second) with { Id = "e-2" }], Ct));
        await ReopenAsync();

        Assert.Equal(Samples.Json(response), Samples.Json(Assert.Single(await Store.Surveys.ListResponsesAsync(OrgA, ["t-1"], Ct))));
        Assert.Equal(response.AnsweredAt, (await Store.Surveys.FindInvitationAsync(OrgA, "sv-1", Ct))!.AnsweredAt);
        var logged = Assert.Single(await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct));
        Assert.Equal(3, Assert.IsType<SurveyAnswered>(logged.Event).Response.Answers[0].Score);
        Assert.Empty(await Store.Surveys.ListResponsesAsync(OrgB, ["t-1"], Ct));
    }

    private static SurveyInvitation Invitation(string organizationId, string id, string ticketId) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = ticketId,
        PluginId = "helpdesk.surveys",
        Survey = new SurveyDefinition
        {
            Id = "csat-nps",
            Title = "How did we do with ticket #7? – “quotes” ✓",
            Questions =
            [
                new SurveyQuestion { Id = "csat", Kind = SurveyQuestionKind.Csat, Text = "How satisfied are you?" },
                new SurveyQuestion { Id = "comment", Kind = SurveyQuestionKind.FreeText, Text = "Anything else?" },
            ],
        },
        SecretHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        CreatedAt = SentAt,
        ExpiresAt = SentAt.AddDays(30),
    };

    private static SurveyResponse Response(string organizationId, string invitationId, string ticketId) => new()
    {
        Id = invitationId,
        OrganizationId = organizationId,
        TicketId = ticketId,
        SurveyId = "csat-nps",
        Answers = [new SurveyAnswer { QuestionId = "csat", Score = 3 }, new SurveyAnswer { QuestionId = "comment", Text = "Took “a while”." }],
        AnsweredAt = SentAt.AddDays(1),
    };

    private static SurveyAnswered Answered(SurveyResponse response) => new()
    {
        Id = "e-1",
        OrganizationId = response.OrganizationId,
        TicketId = response.TicketId,
        OccurredAt = response.AnsweredAt,
        Response = response,
    };
}
