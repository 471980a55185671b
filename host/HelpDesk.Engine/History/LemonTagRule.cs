using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.History;

/// <summary>
/// Labels a new ticket <c>lemon</c> when its unit is a lemon (see <see cref="AssetRepairs"/>), so routing, reports and the
/// agent see at once that another repair is not the answer. An engine rule rather than a plugin: it needs the desk's
/// ticket history, which taggers do not get.
/// </summary>
public sealed class LemonTagRule(IAssetStore assets, AssetRepairs repairs, TimeProvider clock) : ITicketOpeningRule
{
    /// <summary>The label.</summary>
    public const string Label = "lemon";

    /// <summary>The actor recorded on the tagging event.</summary>
    public const string ActorId = "rule:lemon";

    /// <inheritdoc />
    public async Task<(Ticket Ticket, DomainEvent? Event)> ApplyAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.AssetId is not { } assetId || ticket.HasTag(Label)
            || await assets.FindAsync(ticket.OrganizationId, assetId, cancellationToken) is not { } asset
            || !(await repairs.CheckAsync(asset, cancellationToken)).IsLemon)
        {
            return (ticket, null);
        }

        var label = new Tag { Name = Label, Source = TagSource.Rule };
        var tagged = new TicketTagged
        {
            Id = Ids.New(clock),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = clock.GetUtcNow(),
            ActorId = ActorId,
            Added = [label],
        };
        return (ticket with { Tags = [.. ticket.Tags, label] }, tagged);
    }
}
