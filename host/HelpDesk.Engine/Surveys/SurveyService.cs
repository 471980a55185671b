using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Surveys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Surveys;

/// <summary>
/// Sends surveys when a ticket is resolved (as the organisation's survey plugin plans them) and takes the caller's
/// answers: once per link, checked against the questions, logged as <see cref="SurveyAnswered"/> so metrics count them,
/// and scored by the plugin – a low score opens a follow-up ticket for a supervisor.
/// </summary>
public sealed partial class SurveyService(
    ISurveyStore surveys,
    ITicketStore tickets,
    DeskPlugins plugins,
    PluginInvoker invoker,
    SurveyFollowUps followUps,
    TimeProvider clock,
    IOptions<SurveyOptions> options,
    ILogger<SurveyService> logger)
{
    /// <summary>Asks the survey plugins whether to survey the caller about a resolved ticket, and makes the invitation.</summary>
    /// <param name="ticket">The ticket, as resolved.</param>
    /// <param name="resolved">The resolution event.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The link to send the caller, or <see langword="null"/> when no plugin plans a survey.</returns>
    public async Task<SurveyLink?> InviteAsync(Ticket ticket, TicketResolved resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var request = new SurveyRequest { Ticket = ticket, Event = resolved };
        foreach (var policy in await plugins.GetAsync<ISurveyPolicy>(ticket.OrganizationId, cancellationToken))
        {
            var planned = await invoker.InvokeAsync(policy, (p, ct) => p.PlanAsync(request, policy.Context, ct), cancellationToken);
            if (planned.Value is not { } survey)
            {
                continue;
            }

            if (survey.Questions.Count == 0 || survey.Questions.DistinctBy(q => q.Id).Count() != survey.Questions.Count)
            {
                LogBadSurvey(logger, policy.PluginId);
                continue;
            }

            return await CreateAsync(ticket, policy.PluginId, survey, cancellationToken);
        }

        return null;
    }

    /// <summary>Finds the invitation a token opens, for showing its questions.</summary>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The invitation, or an error on the <c>token</c> field: not found, expired (invalid) or answered (conflict).</returns>
    public async Task<OperationResult<SurveyInvitation>> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SurveyToken.TryParse(token, out var organizationId, out var invitationId, out var secret))
        {
            return TokenError("This survey link is not valid. Check that it was copied whole.", UserErrorCode.NotFound);
        }

        var invitation = await surveys.FindInvitationAsync(organizationId, invitationId, cancellationToken);
        if (invitation is null || !SurveyToken.Matches(secret, invitation.SecretHash))
        {
            return TokenError("This survey link is not valid. Check that it was copied whole.", UserErrorCode.NotFound);
        }

        if (invitation.AnsweredAt is not null)
        {
            return TokenError("This survey was already answered. Thank you!", UserErrorCode.Conflict);
        }

        return invitation.ExpiresAt <= clock.GetUtcNow()
            ? TokenError($"This survey link expired on {invitation.ExpiresAt:yyyy-MM-dd}.", UserErrorCode.Invalid)
            : OperationResult<SurveyInvitation>.Success(invitation);
    }

    /// <summary>Records the caller's answers.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="answers">The answers.</param>
    /// <param name="organizationId">The organisation of an API-key caller, who may only answer its own surveys; <see langword="null"/> for the caller with the link.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored response, or the problems (the token's, or each answer's by index).</returns>
    public async Task<OperationResult<SurveyResponse>> AnswerAsync(string? token, IReadOnlyList<SurveyAnswer> answers, string? organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var opened = await OpenAsync(token, cancellationToken);
        if (opened.Value is not { } invitation || (organizationId is not null && organizationId != invitation.OrganizationId))
        {
            return OperationResult<SurveyResponse>.Failure(opened.Value is null ? opened.Errors : [.. TokenError("This survey link is not valid. Check that it was copied whole.", UserErrorCode.NotFound).Errors]);
        }

        var errors = SurveyAnswerRules.Check(invitation.Survey, answers);
        if (errors.Count > 0)
        {
            return OperationResult<SurveyResponse>.Failure(errors);
        }

        var response = new SurveyResponse
        {
            Id = invitation.Id,
            OrganizationId = invitation.OrganizationId,
            TicketId = invitation.TicketId,
            SurveyId = invitation.Survey.Id,
            Answers = answers,
            AnsweredAt = clock.GetUtcNow(),
        };
        var ticket = await tickets.FindAsync(invitation.OrganizationId, invitation.TicketId, cancellationToken);
        var answered = new SurveyAnswered
        {
            Id = Ids.New(clock),
            OrganizationId = response.OrganizationId,
            TicketId = response.TicketId,
            OccurredAt = response.AnsweredAt,
            ActorId = ticket?.ContactId is { } contact ? $"contact:{contact}" : "caller",
            Response = response,
        };
        try
        {
            await surveys.RecordResponseAsync(response, [answered], cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return OperationResult<SurveyResponse>.Failure([UserError.ForInput("token", "This survey was already answered. Thank you!", UserErrorCode.Conflict)]);
        }

        if (ticket is not null)
        {
            await followUps.ScoreAsync(invitation, response, ticket, cancellationToken);
        }

        return OperationResult<SurveyResponse>.Success(response);
    }

    private static OperationResult<SurveyInvitation> TokenError(string message, UserErrorCode code) =>
        OperationResult<SurveyInvitation>.Failure([UserError.ForInput("token", message, code)]);

    private async Task<SurveyLink> CreateAsync(Ticket ticket, string pluginId, SurveyDefinition survey, CancellationToken cancellationToken)
    {
        var id = Ids.New(clock);
        var (token, secretHash) = SurveyToken.Create(ticket.OrganizationId, id);
        var now = clock.GetUtcNow();
        var invitation = new SurveyInvitation
        {
            Id = id,
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            PluginId = pluginId,
            Survey = survey,
            SecretHash = secretHash,
            CreatedAt = now,
            ExpiresAt = now + options.Value.LinkLifetime,
        };
        await surveys.InsertInvitationAsync(invitation, cancellationToken);
        return new SurveyLink(invitation, token, options.Value.LinkTemplate.Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} planned a survey without questions or with a question id twice; no survey was sent.")]
    private static partial void LogBadSurvey(ILogger logger, string pluginId);
}
