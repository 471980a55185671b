using GraphQL.Types;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>A note or reply on a ticket.</summary>
internal sealed class NoteType : ObjectGraphType<Note>
{
    public NoteType()
    {
        Name = "Note";
        Description = "A note or reply written on a ticket: what was tried, found and promised, so no caller repeats work.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Note;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode("Note", c.Source.Id));
        Field<NonNullGraphType<NoteKindEnum>>("kind").Description("Internal note or reply.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("authorId").Description("Who wrote it.").Resolve(c => c.Source.AuthorId);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Description("When it was written.").Resolve(c => c.Source.CreatedAt);
    }
}
