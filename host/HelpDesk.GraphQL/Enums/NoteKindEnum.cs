using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="NoteKind"/>.</summary>
internal sealed class NoteKindEnum : EnumerationGraphType<NoteKind>
{
    public NoteKindEnum()
    {
        Name = "NoteKind";
        Description = "Whether a note is internal or a reply the caller received.";
    }
}
