using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Storage.Contract;

/// <summary>Audit entries for the contract tests: one made by an API key, one by the host itself.</summary>
public static class AuditSamples
{
    /// <summary>An entry made by an admin key.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The entry id (entries list by it, greatest first).</param>
    /// <param name="action">What was done.</param>
    /// <returns>The entry.</returns>
    public static AuditEntry ByKey(string organizationId, string id, AuditAction action = AuditAction.PluginConfigured) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        OccurredAt = Samples.Now.AddTicks(4_321).ToOffset(TimeSpan.FromHours(2)),
        ActorKeyId = "k-admin",
        ActorName = "Ops “night” admin",
        ActorRole = ApiKeyRole.Admin,
        Action = action,
        TargetKind = AuditTargets.Plugin,
        TargetId = "helpdesk.tagging",
        Summary = "Replaced the settings of the plugin 'helpdesk.tagging' (given: limit).",
    };

    /// <summary>An entry made by the host's command line.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The entry id.</param>
    /// <returns>The entry.</returns>
    public static AuditEntry ByHost(string organizationId, string id) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        OccurredAt = Samples.Now,
        ActorName = "install-desk command",
        Action = AuditAction.DeskInstalled,
        TargetKind = AuditTargets.Desk,
        TargetId = "acme-desk",
        Summary = "Installed the desk 'acme-desk' 1.0.0.",
    };
}
