using GraphQL.Types;
using HelpDesk.Engine.Audit;

namespace HelpDesk.GraphQL.Audit;

/// <summary>GraphQL enum for <see cref="AuditAction"/>.</summary>
internal sealed class AuditActionEnum : EnumerationGraphType<AuditAction>
{
    public AuditActionEnum()
    {
        Name = "AuditAction";
        Description = "What an audited change did: API keys created or revoked, plugins enabled, disabled or configured, a desk installed, metrics rebuilt, a contact erased.";
    }
}
