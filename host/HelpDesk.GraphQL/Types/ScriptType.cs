using GraphQL.Types;
using HelpDesk.GraphQL.Enums;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.GraphQL.Types;

/// <summary>Lines an agent says at a moment of a call.</summary>
internal sealed class ScriptType : ObjectGraphType<Script>
{
    public ScriptType()
    {
        Name = "Script";
        Description = "The lines an agent says at a moment of a call, placeholders filled.";
        Field<NonNullGraphType<ScriptMomentEnum>>("moment").Description("The moment the lines are for.").Resolve(c => c.Source.Moment);
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language of the lines.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lines").Description("The lines, in the order to say them.").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The lines joined into one text.").Resolve(c => string.Join(" ", c.Source.Lines));
    }
}
