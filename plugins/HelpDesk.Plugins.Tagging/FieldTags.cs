using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Plugins.Tagging;

/// <summary>Labels read straight from the ticket and contact: priority, status and caller type.</summary>
internal static class FieldTags
{
    public static IEnumerable<TagProposal> Of(TaggingRequest request)
    {
        var ticket = request.Ticket;
        yield return Certain($"priority:{Lower(ticket.Priority)}", $"the ticket's priority is {Lower(ticket.Priority)}");
        yield return Certain($"status:{Lower(ticket.Status)}", $"the ticket's status is {Lower(ticket.Status)}");
        if (request.Contact is { CallerType: not CallerType.Unknown } contact)
        {
            yield return Certain($"caller:{Lower(contact.CallerType)}", $"{contact.Name} is marked as a {Lower(contact.CallerType)} caller");
        }
    }

    private static TagProposal Certain(string name, string reason) =>
        new() { Name = name, Confidence = 1.0, Source = TagSource.Plugin, Reason = reason };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
