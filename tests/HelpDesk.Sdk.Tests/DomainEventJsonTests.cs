using System.Text.Json;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Sdk.Tests;

public sealed class DomainEventJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset At = new(2025, 3, 4, 10, 30, 0, TimeSpan.Zero);

    public static TheoryData<DomainEvent> Events() =>
    [
        new TicketOpened { Id = "e1", OrganizationId = "org", TicketId = "t1", OccurredAt = At, Number = 7, Priority = TicketPriority.High, ContactId = "c1" },
        new TicketReplied { Id = "e2", OrganizationId = "org", TicketId = "t1", OccurredAt = At, ActorId = "agent", NoteId = "n1", IsFirstReply = true },
        new TicketResolved { Id = "e3", OrganizationId = "org", TicketId = "t1", OccurredAt = At, FirstContact = true, ServiceType = "email" },
        new TicketTransferred { Id = "e4", OrganizationId = "org", TicketId = "t1", OccurredAt = At, To = "network", Warm = true, TransferCount = 2 },
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void An_event_read_back_as_a_domain_event_keeps_its_concrete_type_and_values(DomainEvent original)
    {
        var json = JsonSerializer.Serialize(original, Web);

        var copy = JsonSerializer.Deserialize<DomainEvent>(json, Web);

        Assert.NotNull(copy);
        Assert.Equal(original.GetType(), copy.GetType());
        Assert.Equal(original, copy);
        Assert.Equal(original.Type, JsonDocument.Parse(json).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void A_survey_answer_keeps_its_nested_response()
    {
        var answered = new SurveyAnswered
        {
            Id = "e5",
            OrganizationId = "org",
            TicketId = "t1",
            OccurredAt = At,
            Response = new SurveyResponse { Id = "r1", OrganizationId = "org", TicketId = "t1", SurveyId = "s", AnsweredAt = At, Answers = [new SurveyAnswer { QuestionId = "csat", Score = 4 }] },
        };

        var copy = Assert.IsType<SurveyAnswered>(JsonSerializer.Deserialize<DomainEvent>(JsonSerializer.Serialize<DomainEvent>(answered, Web), Web));

        Assert.Equal(4, Assert.Single(copy.Response.Answers).Score);
    }
}
