using System.Globalization;
using HelpDesk.Engine.Greetings;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// The lines an agent reads back to a caller after taking a message: the greeting-script plugin's message read-back,
/// or – when the organisation has no script for it – a plain read-back of every key point, in English.
/// </summary>
public sealed class MessageReadBack(GreetingService greetings)
{
    /// <summary>Renders the read-back of a message.</summary>
    /// <param name="message">The message as stored.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The lines to read back.</returns>
    public async Task<Script> RenderAsync(CallerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var callBackTime = CallBackTime(message);
        var query = new GreetingQuery
        {
            Moment = ScriptMoment.MessageReadBack,
            AgentName = message.TakenBy,
            CallerName = CallerName(message),
            CallerTimeZone = message.CallerTimeZone,
            Values = new Dictionary<string, string>
            {
                ["recipient"] = message.For,
                ["message"] = message.Text,
                ["phone"] = message.Phone,
                ["callbackTime"] = callBackTime,
                ["callerOrganization"] = message.CallerOrganization,
                ["urgency"] = Urgency(message.Urgency),
            },
        };
        var rendered = await greetings.RenderAsync(message.OrganizationId, query, cancellationToken);
        return rendered.Value ?? Plain(message, callBackTime);
    }

    /// <summary>The read-back the host gives when no plugin renders one: every key point of the message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="callBackTime">The call-back window in the caller's time.</param>
    /// <returns>The script.</returns>
    public static Script Plain(CallerMessage message, string callBackTime)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Script
        {
            Moment = ScriptMoment.MessageReadBack,
            Language = "en",
            Lines =
            [
                "Let me read your message back to you.",
                $"This is {CallerName(message)} of {message.CallerOrganization}, for {message.For}: {message.Text}",
                $"Urgency: {Urgency(message.Urgency)}.",
                $"{message.For} will call you back on {message.Phone}, {callBackTime}.",
                $"Taken by {message.TakenBy}. Is that correct?",
            ],
        };
    }

    /// <summary>The call-back window in the caller's own time zone, for example <c>between 14:00 and 16:00 on Tuesday 24 November 2026 (Europe/Amsterdam time)</c>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The text.</returns>
    public static string CallBackTime(CallerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var zone = MessageValidator.TryFindIanaZone(message.CallerTimeZone, out var found) ? found! : TimeZoneInfo.Utc;
        var from = TimeZoneInfo.ConvertTime(message.CallBackFrom, zone);
        var to = TimeZoneInfo.ConvertTime(message.CallBackTo, zone);
        var culture = CultureInfo.InvariantCulture;
        var text = from.Date == to.Date
            ? $"between {from.ToString("HH:mm", culture)} and {to.ToString("HH:mm", culture)} on {from.ToString("dddd d MMMM yyyy", culture)}"
            : $"between {from.ToString("dddd d MMMM yyyy HH:mm", culture)} and {to.ToString("dddd d MMMM yyyy HH:mm", culture)}";
        return $"{text} ({message.CallerTimeZone} time)";
    }

    private static string CallerName(CallerMessage message) => $"{message.CallerFirstName} {message.CallerLastName}";

    private static string Urgency(MessageUrgency urgency) => urgency.ToString().ToLowerInvariant();
}
