using HelpDesk.Engine.Greetings;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Calls;

/// <summary>
/// The greeting-script plugin's lines for the moments of an interaction, addressed to its caller: the caller's name,
/// time zone and language come from the contact, the agent's name from the interaction.
/// </summary>
public sealed class InteractionScripts(GreetingService greetings, IContactStore contacts)
{
    /// <summary>Gets the script moment of a call step, if the step has one: the greeting and the goodbye (closing).</summary>
    /// <param name="step">The step.</param>
    /// <returns>The moment, or <see langword="null"/>.</returns>
    public static ScriptMoment? MomentOf(CallStep step) => step switch
    {
        CallStep.Greeting => ScriptMoment.Greeting,
        CallStep.Goodbye => ScriptMoment.Closing,
        _ => null,
    };

    /// <summary>Gets the script moment an interaction is at now: on hold, the hold's; else its step's.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>The moment, or <see langword="null"/> when the current step has none.</returns>
    public static ScriptMoment? CurrentMoment(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.OpenHold() is null ? MomentOf(interaction.Step) : ScriptMoment.Hold;
    }

    /// <summary>Renders the lines for a moment; a moment no plugin covers gives no script rather than an error.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="moment">The moment, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The script, or <see langword="null"/>.</returns>
    public async Task<Script?> RenderAsync(Interaction interaction, ScriptMoment? moment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (moment is not { } at)
        {
            return null;
        }

        var contact = interaction.ContactId is { } contactId ? await contacts.FindAsync(interaction.OrganizationId, contactId, cancellationToken) : null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (interaction.Holds.Count > 0)
        {
            values["reason"] = interaction.Holds[^1].Reason;
        }

        var query = new GreetingQuery
        {
            Moment = at,
            AgentName = interaction.AgentName ?? interaction.AgentId,
            CallerName = contact?.Name,
            CallerTimeZone = contact?.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null,
            Language = contact?.Language,
            Values = values,
        };
        var rendered = await greetings.RenderAsync(interaction.OrganizationId, query, cancellationToken);
        if (rendered.Value is null && contact?.Language is not null)
        {
            // The caller's language may have no script; the organisation's own language is the next best.
            rendered = await greetings.RenderAsync(interaction.OrganizationId, query with { Language = null }, cancellationToken);
        }

        return rendered.Value;
    }
}
