using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Testing.Tests;

public sealed class BuilderTests
{
    [Fact]
    public void A_default_ticket_is_a_new_normal_first_level_ticket_of_the_test_organisation()
    {
        var ticket = new TicketBuilder().Build();

        Assert.Equal(TestDefaults.OrganizationId, ticket.OrganizationId);
        Assert.Equal((TicketStatus.New, TicketPriority.Normal, SupportTier.FirstLevel), (ticket.Status, ticket.Priority, ticket.Tier));
        Assert.Equal(TestDefaults.Now, ticket.CreatedAt);
        Assert.Equal(ticket.CreatedAt, ticket.UpdatedAt);
    }

    [Fact]
    public void A_ticket_is_built_from_what_the_test_says()
    {
        var contact = new ContactBuilder().WithId("c-7").Build();

        var ticket = new TicketBuilder()
            .WithSubject("VPN drops")
            .WithDescription("Every ten minutes")
            .WithPriority(TicketPriority.High)
            .WithTags("service:network", "category:outage")
            .WithContact(contact)
            .WithAsset("laptop-12")
            .WithTransferCount(2)
            .CreatedAt(TestDefaults.Now)
            .FirstRepliedAfter(TimeSpan.FromMinutes(10))
            .ResolvedAfter(TimeSpan.FromHours(3))
            .Build();

        Assert.Equal(("VPN drops", "Every ten minutes", TicketPriority.High), (ticket.Subject, ticket.Description, ticket.Priority));
        Assert.True(ticket.HasTag("service:network") && ticket.HasTag("category:outage"));
        Assert.Equal(("c-7", "laptop-12", 2), (ticket.ContactId, ticket.AssetId, ticket.TransferCount));
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal(TestDefaults.Now.AddMinutes(10), ticket.FirstRepliedAt);
        Assert.Equal(TestDefaults.Now.AddHours(3), ticket.ResolvedAt);
        Assert.Equal(ticket.ResolvedAt, ticket.UpdatedAt);
    }

    [Fact]
    public void Builders_refuse_values_no_real_ticket_could_have()
    {
        var builder = new TicketBuilder();

        Assert.Throws<ArgumentException>(() => builder.WithSubject(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithNumber(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithTransferCount(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithPriority((TicketPriority)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.ResolvedAfter(TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void A_contact_carries_its_language_time_zone_and_caller_type()
    {
        var contact = new ContactBuilder().WithName("Anna de Vries").Speaking("nl").InTimeZone("Europe/Amsterdam").WithCallerType(CallerType.Demander).Build();

        Assert.Equal(("Anna de Vries", "nl", "Europe/Amsterdam", CallerType.Demander), (contact.Name, contact.Language, contact.TimeZone, contact.CallerType));
    }

    [Fact]
    public void A_survey_response_answers_the_first_party_questions_for_a_ticket()
    {
        var ticket = new TicketBuilder().WithId("t-9").InOrganization("org-9").Build();

        var response = new SurveyResponseBuilder().ForTicket(ticket).WithCsat(2).WithNps(6).WithComment("Slow").AnsweredAt(TestDefaults.Now.AddDays(1)).Build();

        Assert.Equal(("t-9", "org-9"), (response.TicketId, response.OrganizationId));
        Assert.Equal(
            [new SurveyAnswer { QuestionId = "csat", Score = 2 }, new SurveyAnswer { QuestionId = "nps", Score = 6 }, new SurveyAnswer { QuestionId = "comment", Text = "Slow" }],
            response.Answers);
        Assert.Equal(TestDefaults.Now.AddDays(1), response.AnsweredAt);
    }
}
