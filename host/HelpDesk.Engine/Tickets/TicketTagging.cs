using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Engine.Tickets;

/// <summary>Runs the organisation's taggers on a ticket and adds the labels it does not carry yet.</summary>
public sealed class TicketTagging(DeskPlugins plugins, PluginInvoker invoker, IContactStore contacts, TimeProvider clock)
{
    /// <summary>Tags a ticket.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="note">The note that triggered tagging, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket with the new labels, and the event recording them (null when none were added).</returns>
    public async Task<(Ticket Ticket, TicketTagged? Event)> ApplyAsync(Ticket ticket, Note? note, CancellationToken cancellationToken)
    {
        var taggers = await plugins.GetAsync<ITagger>(ticket.OrganizationId, cancellationToken);
        if (taggers.Count == 0)
        {
            return (ticket, null);
        }

        // The caller's record carries what agents marked about them (a difficult-caller type, say), which taggers label.
        var contact = ticket.ContactId is { } contactId ? await contacts.FindAsync(ticket.OrganizationId, contactId, cancellationToken) : null;
        var request = new TaggingRequest { Ticket = ticket, Note = note, Contact = contact };
        var proposals = new Dictionary<string, Tag>(StringComparer.OrdinalIgnoreCase);
        foreach (var tagger in taggers)
        {
            var result = await invoker.InvokeAsync(tagger, (t, ct) => t.ProposeAsync(request, tagger.Context, ct), cancellationToken);
            foreach (var proposal in result.Value ?? [])
            {
                var tag = ToTag(proposal, tagger.PluginId);
                if (tag is not null && !ticket.HasTag(tag.Name) && (!proposals.TryGetValue(tag.Name, out var seen) || seen.Confidence < tag.Confidence))
                {
                    proposals[tag.Name] = tag;
                }
            }
        }

        if (proposals.Count == 0)
        {
            return (ticket, null);
        }

        var added = proposals.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var tagged = new TicketTagged
        {
            Id = Ids.New(clock),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = clock.GetUtcNow(),
            ActorId = string.Join(",", added.Select(t => t.PluginId).Distinct()),
            Added = added,
        };
        return (ticket with { Tags = [.. ticket.Tags, .. added] }, tagged);
    }

    private static Tag? ToTag(TagProposal proposal, string pluginId)
    {
        var name = proposal.Name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return null;
        }

        return new Tag { Name = name, Source = proposal.Source, Confidence = Math.Clamp(proposal.Confidence, 0, 1), PluginId = pluginId };
    }
}
