using GraphQL.Types;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="ScriptMoment"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class ScriptMomentEnum : EnumerationGraphType<ScriptMoment>
{
    public ScriptMomentEnum()
    {
        Name = "ScriptMoment";
        Description = "A moment of a call that has a script.";
    }
}
