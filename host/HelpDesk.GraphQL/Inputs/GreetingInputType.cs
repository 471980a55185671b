using GraphQL.Types;
using HelpDesk.Engine.Greetings;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.GraphQL.Inputs;

/// <summary>The input of the <c>greeting</c> query.</summary>
internal sealed class GreetingInputType : InputObjectGraphType
{
    public GreetingInputType()
    {
        Name = "GreetingInput";
        Description = "Who is talking, in what language and when, for rendering a call script.";
        Field<ScriptMomentEnum>("moment").Description("The moment of the call; GREETING when omitted.");
        Field<NonNullGraphType<StringGraphType>>("agentName").Description("The agent's name.");
        Field<StringGraphType>("callerName").Description("The caller's name, if known.");
        Field<StringGraphType>("language").Description("A BCP 47 language tag (en, nl, fr, de, ja, hu); the organisation's first language when omitted.");
        Field<StringGraphType>("callerTimeZone").Description("The caller's IANA time zone (for example Europe/Amsterdam); greets by their time of day.");
        Field<DateTimeScalar>("callerLocalTime").Description("The caller's local time, when known directly; wins over callerTimeZone.");
        Field<ListGraphType<NonNullGraphType<ScriptValueInputType>>>("values").Description("Further placeholder values for the moment, for example reason or team.");
    }

    public static GreetingQuery ToQuery(IDictionary<string, object?> input) => new()
    {
        Moment = input.TryGetValue("moment", out var moment) && moment is ScriptMoment m ? m : ScriptMoment.Greeting,
        AgentName = input.TryGetValue("agentName", out var agent) ? agent as string ?? "" : "",
        CallerName = input.TryGetValue("callerName", out var caller) ? caller as string : null,
        Language = input.TryGetValue("language", out var language) ? language as string : null,
        CallerTimeZone = input.TryGetValue("callerTimeZone", out var zone) ? zone as string : null,
        CallerLocalTime = input.TryGetValue("callerLocalTime", out var time) ? time as DateTimeOffset? : null,
        Values = ScriptValueInputType.ToDictionary(input.TryGetValue("values", out var values) ? values : null),
    };
}
