namespace HelpDesk.Sdk.Surveys;

/// <summary>How a survey response scored, and what should follow.</summary>
public sealed record SurveyScore
{
    /// <summary>Gets the CSAT score (1 to 5), if the response had one.</summary>
    public int? Csat { get; init; }

    /// <summary>Gets the NPS answer (0 to 10), if the response had one.</summary>
    public int? Nps { get; init; }

    /// <summary>Gets whether the response counts as low (dissatisfied or detractor).</summary>
    public bool IsLow { get; init; }

    /// <summary>Gets the follow-ups the response calls for.</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}
