using GraphQL.Types;

namespace HelpDesk.GraphQL.Scalars;

/// <summary>The <c>DateTime</c> scalar: an ISO 8601 date and time with its offset, for <see cref="DateTimeOffset"/> values.</summary>
internal sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "A date and time in ISO 8601 with its UTC offset, for example 2026-11-23T09:30:00+01:00.";
    }
}
