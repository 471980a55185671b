using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace Company.HelpDeskPlugin;

/// <summary>
/// Labels a ticket whose subject or description mentions one of the organisation's keywords
/// (the <c>keywords</c> and <c>label</c> settings of plugin.json).
/// </summary>
/// <remarks>
/// The host creates one instance and calls it for every organisation, so it keeps no state:
/// everything per organisation arrives in the <see cref="IPluginContext"/>.
/// </remarks>
public sealed class KeywordTagger : ITagger
{
    /// <summary>Proposes the configured label when the ticket mentions a keyword.</summary>
    /// <param name="request">The ticket just opened.</param>
    /// <param name="context">The organisation's settings, clock, logger and store for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The label with the keyword that matched as its reason, or nothing.</returns>
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        var text = $"{request.Ticket.Subject} {request.Ticket.Description}";
        var keyword = context.Settings.Get<string[]>("keywords", [])
            .FirstOrDefault(k => !string.IsNullOrWhiteSpace(k) && text.Contains(k, StringComparison.OrdinalIgnoreCase));
        IReadOnlyList<TagProposal> proposals = keyword is null
            ? []
            : [new TagProposal { Name = context.Settings.Require<string>("label"), Reason = $"mentions '{keyword}'" }];
        return ValueTask.FromResult(proposals);
    }
}
