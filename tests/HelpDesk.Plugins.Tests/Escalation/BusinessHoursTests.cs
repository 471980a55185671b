using HelpDesk.Sdk.Domain;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class BusinessHoursTests
{
    private const string OfficeHours = """{"businessHours": "mon-fri 08:00-18:00"}""";
    private const string Amsterdam = "Europe/Amsterdam";

    [Fact]
    public async Task A_ticket_opened_friday_1730_with_60_business_minutes_breaches_monday_0830_not_over_the_weekend()
    {
        using var harness = Start(OfficeHours);
        var friday = new DateTimeOffset(2025, 3, 7, 17, 30, 0, TimeSpan.Zero);
        var ticket = new Sdk.Testing.TicketBuilder().WithPriority(TicketPriority.High).CreatedAt(friday).Build();

        var saturday = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 8, 12, 0, 0, TimeSpan.Zero));
        var mondayBefore = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 10, 8, 29, 0, TimeSpan.Zero));
        var mondayAt = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 10, 8, 30, 0, TimeSpan.Zero));

        Assert.Equal("Within the high priority targets: first response 30 of 60 minutes (50 %), resolution 30 of 480 minutes (6 %).", saturday.Reason);
        Assert.Equal(EscalationAction.Warn, mondayBefore.Action);
        Assert.Equal((EscalationAction.Escalate, SupportTier.SecondLevel), (mondayAt.Action, mondayAt.Tier));
        Assert.Equal("The 60-minute first response target for high priority was missed (60 business minutes without a reply): escalating from first level to second level.", mondayAt.Reason);
    }

    [Fact]
    public async Task Business_hours_are_read_in_the_organisations_time_zone_across_the_end_of_summer_time()
    {
        // Friday 24 October 2025 17:30 in Amsterdam is still summer time (UTC+2); on Monday 27 October it is winter time (UTC+1).
        using var harness = Start(OfficeHours);
        var ticket = new Sdk.Testing.TicketBuilder().WithPriority(TicketPriority.High).CreatedAt(new DateTimeOffset(2025, 10, 24, 17, 30, 0, TimeSpan.FromHours(2))).Build();

        var summerOffsetWouldSayBreach = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 10, 27, 6, 30, 0, TimeSpan.Zero), Amsterdam);
        var warned = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 10, 27, 8, 18, 0, TimeSpan.FromHours(1)), Amsterdam);
        var beforeBreach = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 10, 27, 8, 29, 0, TimeSpan.FromHours(1)), Amsterdam);
        var breached = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 10, 27, 8, 30, 0, TimeSpan.FromHours(1)), Amsterdam);

        Assert.Equal(EscalationAction.Keep, summerOffsetWouldSayBreach.Action);
        Assert.Contains("first response 30 of 60 minutes", summerOffsetWouldSayBreach.Reason);
        Assert.Equal("80 % of the 60-minute first response target for high priority is used (48 business minutes without a reply); reply within 12 business minutes (by Mon 27 Oct 08:30) to meet it.", warned.Reason);
        Assert.Equal(EscalationAction.Keep, beforeBreach.Action);
        Assert.Equal(EscalationAction.Escalate, breached.Action);
    }

    [Fact]
    public async Task The_same_instant_is_inside_opening_hours_in_utc_but_after_closing_in_amsterdam()
    {
        using var utcDesk = Start(OfficeHours);
        using var amsterdamDesk = Start(OfficeHours);
        var ticket = new Sdk.Testing.TicketBuilder().WithPriority(TicketPriority.High).CreatedAt(new DateTimeOffset(2025, 10, 24, 15, 30, 0, TimeSpan.Zero)).Build();
        var hourLater = new DateTimeOffset(2025, 10, 24, 16, 30, 0, TimeSpan.Zero);

        var inUtc = await EvaluateAtAsync(utcDesk, ticket, hourLater, "UTC");
        var inAmsterdam = await EvaluateAtAsync(amsterdamDesk, ticket, hourLater, Amsterdam);

        Assert.Equal(EscalationAction.Escalate, inUtc.Action);
        Assert.Equal(EscalationAction.Keep, inAmsterdam.Action);
        Assert.Contains("first response 30 of 60 minutes", inAmsterdam.Reason);
    }

    [Fact]
    public async Task A_closed_day_does_not_count_so_a_holiday_monday_moves_the_breach_to_tuesday()
    {
        using var harness = Start("""{"businessHours": "mon-fri 08:00-18:00", "closedDays": ["2025-03-10"]}""");
        var ticket = new Sdk.Testing.TicketBuilder().WithPriority(TicketPriority.High).CreatedAt(new DateTimeOffset(2025, 3, 7, 17, 30, 0, TimeSpan.Zero)).Build();

        var monday = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 10, 17, 0, 0, TimeSpan.Zero));
        var tuesday = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 11, 8, 30, 0, TimeSpan.Zero));

        Assert.Contains("first response 30 of 60 minutes", monday.Reason);
        Assert.Equal(EscalationAction.Escalate, tuesday.Action);
    }

    [Fact]
    public async Task Several_stretches_a_day_and_a_saturday_morning_all_count()
    {
        using var harness = Start("""{"businessHours": "mon-fri 08:00-12:00; mon-fri 13:00-17:00; sat 09:00-12:00"}""");
        var ticket = new Sdk.Testing.TicketBuilder().WithPriority(TicketPriority.High).CreatedAt(new DateTimeOffset(2025, 3, 7, 11, 30, 0, TimeSpan.Zero)).Build();

        var afterLunch = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 7, 13, 20, 0, TimeSpan.Zero));
        var saturday = await EvaluateAtAsync(harness, ticket, new DateTimeOffset(2025, 3, 8, 10, 0, 0, TimeSpan.Zero));

        Assert.Contains("(50 business minutes without a reply); reply within 10 business minutes (by Fri 7 Mar 13:30)", afterLunch.Reason);
        Assert.Equal(EscalationAction.Warn, afterLunch.Action);
        Assert.Equal(EscalationAction.Escalate, saturday.Action);
        Assert.Contains("(330 business minutes without a reply)", saturday.Reason);
    }

    private static async Task<Sdk.Escalation.EscalationDecision> EvaluateAtAsync(Sdk.Testing.PluginHarness harness, Ticket ticket, DateTimeOffset at, string timeZone = "UTC")
    {
        harness.Clock.SetUtcNow(at);
        return await harness.EvaluateAsync(ticket, timeZone: timeZone);
    }
}
