using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Surveys;

/// <summary>
/// Has the plugin that planned a survey score its answers, and opens a follow-up ticket for each follow-up it asks for:
/// high priority, tagged <c>survey:follow-up</c>, for the same caller, assigned as the plugin says, with the reason and
/// due time in its description. Opening is idempotent per response, so a retry never opens a follow-up twice.
/// </summary>
public sealed partial class SurveyFollowUps(DeskPlugins plugins, PluginInvoker invoker, TicketService tickets, TicketLifecycle lifecycle, ILogger<SurveyFollowUps> logger)
{
    /// <summary>The tag every follow-up ticket carries.</summary>
    public const string Tag = "survey:follow-up";

    /// <summary>Scores a response and opens its follow-ups.</summary>
    /// <param name="invitation">The invitation answered.</param>
    /// <param name="response">The response.</param>
    /// <param name="ticket">The ticket the survey was about.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The follow-up tickets opened.</returns>
    public async Task<IReadOnlyList<Ticket>> ScoreAsync(SurveyInvitation invitation, SurveyResponse response, Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var policy = (await plugins.GetAsync<ISurveyPolicy>(invitation.OrganizationId, cancellationToken)).FirstOrDefault(p => p.PluginId == invitation.PluginId);
        if (policy is null)
        {
            return [];
        }

        var scored = await invoker.InvokeAsync(policy, (p, ct) => p.ScoreAsync(response, policy.Context, ct), cancellationToken);
        var opened = new List<Ticket>();
        foreach (var (followUp, index) in (scored.Value?.FollowUps ?? []).Select((f, i) => (f, i)))
        {
            if (await OpenAsync(invitation, ticket, followUp, index, policy.PluginId, cancellationToken) is { } followUpTicket)
            {
                opened.Add(followUpTicket);
            }
        }

        return opened;
    }

    private async Task<Ticket?> OpenAsync(SurveyInvitation invitation, Ticket ticket, FollowUp followUp, int index, string pluginId, CancellationToken cancellationToken)
    {
        var due = followUp.DueAt is { } at ? $" Due by {at:yyyy-MM-dd HH:mm} UTC." : "";
        var command = new OpenTicketCommand
        {
            Subject = $"Follow up the survey answer on ticket #{ticket.Number}",
            Description = $"{followUp.Reason}{due}",
            Priority = TicketPriority.High,
            ContactId = ticket.ContactId,
            AssetId = ticket.AssetId,
            IdempotencyKey = $"survey-follow-up:{invitation.Id}:{index}",
            ActorId = pluginId,
        };
        var opened = await tickets.OpenAsync(invitation.OrganizationId, command, cancellationToken);
        if (opened.Value is not { } followUpTicket)
        {
            LogNotOpened(logger, ticket.Id, string.Join(" ", opened.Errors.Select(e => e.Message)));
            return null;
        }

        var tagged = await lifecycle.TagAsync(invitation.OrganizationId, followUpTicket.Id, null, [Tag], [], pluginId, cancellationToken);
        var assigned = await lifecycle.AssignAsync(invitation.OrganizationId, followUpTicket.Id, null, followUp.AssignTo, pluginId, cancellationToken);
        return assigned.Value ?? tagged.Value ?? followUpTicket;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The follow-up of a low survey answer on ticket {TicketId} could not be opened: {Problems}")]
    private static partial void LogNotOpened(ILogger logger, string ticketId, string problems);
}
