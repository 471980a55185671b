namespace HelpDesk.Sdk.Surveys;

/// <summary>A task a survey answer calls for, for example a supervisor calling back after a low score.</summary>
public sealed record FollowUp
{
    /// <summary>Gets the role that should act (for example <c>supervisor</c>).</summary>
    public required string AssignTo { get; init; }

    /// <summary>Gets why the follow-up is needed.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets when it should be done, if there is a deadline.</summary>
    public DateTimeOffset? DueAt { get; init; }
}
