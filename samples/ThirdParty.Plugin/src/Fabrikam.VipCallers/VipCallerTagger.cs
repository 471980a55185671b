using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace Fabrikam.VipCallers;

/// <summary>
/// Labels a ticket whose caller's e-mail address belongs to one of the organisation's key-account
/// domains (the <c>vipDomains</c> setting), subdomains included.
/// </summary>
public sealed class VipCallerTagger : ITagger
{
    /// <summary>Proposes the VIP label when the ticket's caller writes from a key-account domain.</summary>
    /// <param name="request">The ticket and, when known, its caller.</param>
    /// <param name="context">The organisation's settings for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The label with the matching domain as its reason, or nothing.</returns>
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        var domain = MailDomain.Of(request.Contact?.Email);
        var vipDomain = domain is null
            ? null
            : context.Settings.Get<string[]>("vipDomains", []).FirstOrDefault(vip => MailDomain.IsWithin(domain, vip));
        IReadOnlyList<TagProposal> proposals = vipDomain is null
            ? []
            : [new TagProposal { Name = context.Settings.Require<string>("label"), Reason = $"caller writes from {vipDomain}" }];
        return ValueTask.FromResult(proposals);
    }
}
