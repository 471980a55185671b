using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Plugins.Tagging;

/// <summary>The texts of a ticket that keywords are looked for in, by the name a reason gives them.</summary>
internal static class TicketText
{
    /// <summary>Gets the subject, the description and, when tagging was triggered by one, the new note.</summary>
    /// <param name="request">The tagging request.</param>
    /// <returns>Each text with the name of its field.</returns>
    public static IEnumerable<(string Field, string Text)> Of(TaggingRequest request)
    {
        yield return ("subject", request.Ticket.Subject);
        yield return ("description", request.Ticket.Description);
        if (request.Note is { } note)
        {
            yield return ("note", note.Text);
        }
    }
}
