using HelpDesk.Plugins.Tagging;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Tagging;

/// <summary>Starts the tagging plugin with its real manifest and asks it for proposals.</summary>
internal static class TaggingHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<KeywordTagger>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Tagging"));

    public static async Task<IReadOnlyList<TagProposal>> ProposeAsync(this PluginHarness harness, Ticket ticket, Note? note = null, Contact? contact = null) =>
        await harness.Get<ITagger>().ProposeAsync(new TaggingRequest { Ticket = ticket, Note = note, Contact = contact }, harness.Context, TestContext.Current.CancellationToken);

    public static IEnumerable<(string Name, string? Reason)> NamesAndReasons(this IEnumerable<TagProposal> proposals) =>
        proposals.Select(p => (p.Name, p.Reason));

    public static IEnumerable<string> KeywordTags(this IEnumerable<TagProposal> proposals) =>
        proposals.Select(p => p.Name).Where(n => n.StartsWith("service:", StringComparison.Ordinal) || n.StartsWith("category:", StringComparison.Ordinal));

    public static Ticket Ticket(string subject, string description = "") =>
        new TicketBuilder().WithSubject(subject).WithDescription(description).Build();
}
