using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Plugins.Tagging;

/// <summary>
/// Labels read straight from the ticket and contact: priority and status, and the caller type (screamer, wanderer,
/// demander or threatener) when an agent marked the contact as one. The caller type is an agent's judgement, so
/// its label carries the agent as its source.
/// </summary>
internal static class FieldTags
{
    /// <summary>Gets the labels, all certain.</summary>
    /// <param name="request">The ticket and, when known, the caller.</param>
    /// <returns>Priority, status and, when marked, caller type.</returns>
    public static IEnumerable<TagProposal> Of(TaggingRequest request)
    {
        var ticket = request.Ticket;
        yield return Certain($"priority:{Lower(ticket.Priority)}", TagSource.Plugin, $"the ticket's priority is {Lower(ticket.Priority)}");
        yield return Certain($"status:{Lower(ticket.Status)}", TagSource.Plugin, $"the ticket's status is {Lower(ticket.Status)}");
        if (request.Contact is { CallerType: not CallerType.Unknown } contact)
        {
            yield return Certain($"caller:{Lower(contact.CallerType)}", TagSource.Agent, $"{contact.Name} is marked as a {Lower(contact.CallerType)} caller");
        }
    }

    private static TagProposal Certain(string name, TagSource source, string reason) =>
        new() { Name = name, Confidence = 1.0, Source = source, Reason = reason };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
