using GraphQL.Types;
using HelpDesk.Engine.Audit;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Audit;

/// <summary>One entry of the audit log.</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public const string TypeName = "AuditEntry";

    public AuditEntryType()
    {
        Name = TypeName;
        Description = "One recorded change of the desk's configuration, plugins, keys or personal data. Summaries hold no secrets and no personal data.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<DateTimeScalar>>("occurredAt").Description("When the change was made.").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<AuditActionEnum>>("action").Description("What was done.").Resolve(c => c.Source.Action);
        Field<IdGraphType>("actorKeyId").Description("The id of the API key that made the change (as apiKeys lists it); null when the host itself did, from its command line or at start-up.").Resolve(c => c.Source.ActorKeyId);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("The name of that key, or which part of the host acted.").Resolve(c => c.Source.ActorName);
        Field<ApiKeyRoleEnum>("actorRole").Description("The key's role; null when the host acted.").Resolve(c => c.Source.ActorRole);
        Field<NonNullGraphType<StringGraphType>>("targetKind").Description("The kind of thing changed: ApiKey, Plugin, Desk, Metrics or Contact.").Resolve(c => c.Source.TargetKind);
        Field<NonNullGraphType<StringGraphType>>("targetId").Description("The id of the thing changed: a key id, plugin id, desk name or contact id.").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What changed, in words.").Resolve(c => c.Source.Summary);
    }
}

/// <summary>A page of audit entries.</summary>
internal sealed class AuditEntryConnectionType()
    : Connections.ListConnectionType<AuditEntryType, AuditEntryEdgeType, AuditEntry>("AuditEntryConnection", "audit entries", "newest first");

/// <summary>An audit entry in a connection.</summary>
internal sealed class AuditEntryEdgeType() : Connections.ListEdgeType<AuditEntryType, AuditEntry>("AuditEntryEdge", "An", "audit entry");
