using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Tagging.TaggingHarness;

namespace HelpDesk.Plugins.Tests.Tagging;

public sealed class KeywordTaggingTests
{
    [Fact]
    public async Task An_english_ticket_gets_priority_status_service_and_category_with_the_matched_keyword_as_reason()
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket("Outlook keeps asking for my password"));

        Assert.Equal(
            [
                ("priority:normal", "the ticket's priority is normal"),
                ("status:new", "the ticket's status is new"),
                ("service:email", "keyword 'outlook' in the subject"),
                ("service:account", "keyword 'password' in the subject"),
                ("category:password", "keyword 'password' in the subject"),
            ],
            proposals.NamesAndReasons());
    }

    [Fact]
    public async Task Keyword_labels_are_suggestions_while_field_labels_are_certain()
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket("VPN drops"));

        Assert.All(proposals.Where(p => p.Name.StartsWith("service:", StringComparison.Ordinal)), p => Assert.Equal((0.8, TagSource.Plugin), (p.Confidence, p.Source)));
        Assert.All(proposals.Where(p => p.Name.StartsWith("priority:", StringComparison.Ordinal)), p => Assert.Equal(1.0, p.Confidence));
    }

    [Theory]
    [InlineData("Wachtwoord vergeten", "", new[] { "service:account", "category:password" })]
    [InlineData("Het netwerk ligt eruit op het hele kantoor", "", new[] { "service:network", "category:outage" })]
    [InlineData("Printer geeft een papierstoring", "Niemand kan afdrukken", new[] { "service:printing" })]
    [InlineData("Toetsenbord is kapot", "", new[] { "service:hardware", "category:defect" })]
    [InlineData("Laptop is traag", "Hij loopt vast bij het opstarten", new[] { "service:hardware", "category:performance" })]
    public async Task Dutch_keywords_give_the_same_labels(string subject, string description, string[] expected)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject, description));

        Assert.Equal(expected, proposals.KeywordTags());
    }

    [Theory]
    [InlineData("Mailchimp newsletter looks odd")]
    [InlineData("Order a mousepad")]
    [InlineData("Blueprints for the new office")]
    public async Task Keywords_inside_other_words_do_not_match(string subject)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject));

        Assert.Empty(proposals.KeywordTags());
    }

    [Fact]
    public async Task Matching_ignores_case_and_reports_where_the_keyword_was_found()
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket("Help", "The SCANNER on floor 2 shows an error"));

        var printing = Assert.Single(proposals, p => p.Name == "service:printing");
        Assert.Equal("keyword 'scanner' in the description", printing.Reason);
    }

    [Fact]
    public async Task A_new_note_is_searched_too()
    {
        using var harness = Start();
        var ticket = Ticket("Cannot reach the intranet");
        var note = new Note { Id = "n1", OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, AuthorId = "agent-1", Text = "Checked with facilities: the whole office is affected.", CreatedAt = TestDefaults.Now };

        var proposals = await harness.ProposeAsync(ticket, note);

        Assert.Contains(("category:outage", "keyword 'whole office' in the note"), proposals.NamesAndReasons());
    }

    [Fact]
    public async Task Priority_and_status_labels_follow_the_ticket()
    {
        using var harness = Start();
        var ticket = new TicketBuilder().WithPriority(TicketPriority.Urgent).WithStatus(TicketStatus.Pending).Build();

        var proposals = await harness.ProposeAsync(ticket);

        Assert.Equal(["priority:urgent", "status:pending"], proposals.Select(p => p.Name).Take(2));
    }

    [Theory]
    [InlineData(CallerType.Screamer, "caller:screamer")]
    [InlineData(CallerType.Wanderer, "caller:wanderer")]
    [InlineData(CallerType.Demander, "caller:demander")]
    [InlineData(CallerType.Threatener, "caller:threatener")]
    public async Task The_caller_type_an_agent_marked_on_the_contact_becomes_a_label_from_the_agent(CallerType type, string expected)
    {
        using var harness = Start();
        var contact = new ContactBuilder().WithName("Sam Jansen").WithCallerType(type).Build();

        var proposals = await harness.ProposeAsync(Ticket("Hello"), contact: contact);

        var label = Assert.Single(proposals, p => p.Name.StartsWith("caller:", StringComparison.Ordinal));
        Assert.Equal((expected, $"Sam Jansen is marked as a {type.ToString().ToLowerInvariant()} caller"), (label.Name, label.Reason));
        Assert.Equal((TagSource.Agent, 1.0), (label.Source, label.Confidence));
    }

    [Fact]
    public async Task Every_label_says_whether_a_configured_rule_the_plugin_or_an_agent_is_behind_it()
    {
        using var harness = Start("""{"rules": {"sap": "service:erp"}}""");
        var contact = new ContactBuilder().WithCallerType(CallerType.Demander).Build();

        var proposals = await harness.ProposeAsync(Ticket("SAP login fails"), contact: contact);

        Assert.Equal(
            [
                ("priority:normal", TagSource.Plugin),
                ("status:new", TagSource.Plugin),
                ("caller:demander", TagSource.Agent),
                ("service:erp", TagSource.Rule),
                ("service:account", TagSource.Plugin),
            ],
            proposals.Select(p => (p.Name, p.Source)));
    }

    [Fact]
    public async Task An_unknown_caller_type_gives_no_label()
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket("Hello"), contact: new ContactBuilder().Build());

        Assert.DoesNotContain(proposals, p => p.Name.StartsWith("caller:", StringComparison.Ordinal));
    }
}
