using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Surveys;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class SurveyServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resolving_sends_a_survey_whose_link_works_once_and_logs_the_answers()
    {
        await using var engine = await StartAsync();
        var link = (await ResolveNewTicketAsync(engine)).Survey!;
        var service = engine.Get<SurveyService>();

        var answered = await service.AnswerAsync(link.Token, [new SurveyAnswer { QuestionId = "csat", Score = 5 }], null, Cancel);
        var again = await service.AnswerAsync(link.Token, [new SurveyAnswer { QuestionId = "csat", Score = 1 }], null, Cancel);

        Assert.Empty(answered.Errors);
        Assert.Equal("/surveys/" + Uri.EscapeDataString(link.Token), link.Url);
        Assert.Equal(UserErrorCode.Conflict, Assert.Single(again.Errors).Code);
        var logged = (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, link.Invitation.TicketId, Cancel))[^1].Event;
        Assert.Equal(5, Assert.IsType<SurveyAnswered>(logged).Response.Answers[0].Score);
        Assert.Equal(64, (await engine.Get<ISurveyStore>().FindInvitationAsync(EngineHarness.OrganizationId, link.Invitation.Id, Cancel))!.SecretHash.Length);
    }

    [Fact]
    public async Task A_tampered_foreign_or_expired_link_opens_nothing()
    {
        await using var engine = await StartAsync();
        var link = (await ResolveNewTicketAsync(engine)).Survey!;
        var service = engine.Get<SurveyService>();
        var tampered = link.Token[..^4] + (link.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        Assert.Equal(UserErrorCode.NotFound, (await service.OpenAsync(tampered, Cancel)).Errors[0].Code);
        Assert.Equal(UserErrorCode.NotFound, (await service.OpenAsync("sv1.bm9wZQ.x.y", Cancel)).Errors[0].Code);
        Assert.Equal(UserErrorCode.NotFound, (await service.OpenAsync("not a token", Cancel)).Errors[0].Code);
        Assert.Equal(UserErrorCode.NotFound, (await service.AnswerAsync(link.Token, [new SurveyAnswer { QuestionId = "csat", Score = 4 }], "another-org", Cancel)).Errors[0].Code);
        engine.Clock.Advance(TimeSpan.FromDays(31));
        var expired = await service.OpenAsync(link.Token, Cancel);
        Assert.Equal((UserErrorCode.Invalid, "input.token"), (expired.Errors[0].Code, string.Join('.', expired.Errors[0].Field)));
    }

    [Fact]
    public async Task Answers_are_checked_against_the_questions_and_each_problem_names_the_answer()
    {
        await using var engine = await StartAsync();
        var link = (await ResolveNewTicketAsync(engine)).Survey!;

        var result = await engine.Get<SurveyService>().AnswerAsync(
            link.Token,
            [
                new SurveyAnswer { QuestionId = "csat", Score = 9 },
                new SurveyAnswer { QuestionId = "mood", Score = 3 },
                new SurveyAnswer { QuestionId = "comment", Text = new string('x', 2001) },
            ],
            null,
            Cancel);

        Assert.Equal(
            ["input.answers.0.score", "input.answers.1.questionId", "input.answers.2.text"],
            result.Errors.Select(e => string.Join('.', e.Field)));
        Assert.Contains("1 to 5", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(UserErrorCode.TooLong, result.Errors[2].Code);
        Assert.Empty((await engine.Get<SurveyService>().OpenAsync(link.Token, Cancel)).Errors);
    }

    [Fact]
    public async Task A_low_score_opens_one_follow_up_ticket_for_a_supervisor()
    {
        await using var engine = await StartAsync();
        var resolved = await ResolveNewTicketAsync(engine);

        await engine.Get<SurveyService>().AnswerAsync(resolved.Survey!.Token, [new SurveyAnswer { QuestionId = "csat", Score = 1 }, new SurveyAnswer { QuestionId = "comment", Text = "Nobody called back." }], null, Cancel);

        var followUps = await engine.Get<ITicketStore>().ListAsync(
            EngineHarness.OrganizationId, new TicketQuery { Filter = new TicketFilter { Tags = [SurveyFollowUps.Tag] }, Limit = 10 }, Cancel);
        var followUp = Assert.Single(followUps.Items);
        Assert.Equal((TicketPriority.High, "supervisor"), (followUp.Priority, followUp.AssigneeId));
        Assert.Contains($"#{resolved.Ticket.Number}", followUp.Subject, StringComparison.Ordinal);
        Assert.Contains("CSAT 1", followUp.Description, StringComparison.Ordinal);
    }

    private static Task<EngineHarness> StartAsync() => EngineHarness.StartAsync(("surveys", PluginKinds.Surveys, new SurveyTestPolicy()));

    private static async Task<ResolvedTicket> ResolveNewTicketAsync(EngineHarness engine)
    {
        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail is down" }, Cancel)).Value!;
        var resolved = await engine.Get<TicketResolution>().ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent-1", Cancel);
        Assert.Empty(resolved.Errors);
        Assert.NotNull(resolved.Value!.Survey);
        return resolved.Value;
    }
}
