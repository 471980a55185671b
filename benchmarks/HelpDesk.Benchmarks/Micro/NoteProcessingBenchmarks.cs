using BenchmarkDotNet.Attributes;
using HelpDesk.Plugins.ReplyReview;
using HelpDesk.Plugins.Tagging;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Review;
using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Benchmarks.Micro;

/// <summary>The first-party tagging and reply-review components on one typical agent note (about 300 characters).</summary>
[MemoryDiagnoser]
public class NoteProcessingBenchmarks
{
    private const string NoteText =
        "Hi Mrs Jansen, I'll try to fix your VPN problem ASAP. Unfortunately the password for your Outlook account expired " +
        "yesterday, so the laptop cannot reach the network printer either. Did you restart the laptop after the update? " +
        "I have reset the password; you should be able to log in again. Can you tell me whether the printer works now?";

    private readonly KeywordTagger tagger = new();
    private readonly PositiveLanguageReviewer reviewer = new();
    private readonly TestPluginContext context = new();
    private TaggingRequest tagging = null!;
    private ReplyReviewRequest review = null!;

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UnixEpoch;
        var ticket = new Ticket { Id = "t1", OrganizationId = context.OrganizationId, Number = 1, Subject = "VPN drops every morning", CreatedAt = now, UpdatedAt = now };
        var note = new Note { Id = "n1", OrganizationId = context.OrganizationId, TicketId = ticket.Id, AuthorId = "agent-1", Kind = NoteKind.Reply, Text = NoteText, CreatedAt = now };
        tagging = new TaggingRequest { Ticket = ticket, Note = note };
        review = new ReplyReviewRequest { Text = NoteText, Language = "en", Kind = NoteKind.Reply };
    }

    [Benchmark]
    public async Task<int> TagNote() => (await tagger.ProposeAsync(tagging, context, CancellationToken.None)).Count;

    [Benchmark]
    public async Task<int> ReviewReply() => (await reviewer.ReviewAsync(review, context, CancellationToken.None)).Findings.Count;
}
