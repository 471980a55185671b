namespace HelpDesk.Sdk.Surveys;

/// <summary>One question of a survey.</summary>
public sealed record SurveyQuestion
{
    /// <summary>Gets the question's id within its survey.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of answer expected.</summary>
    public required SurveyQuestionKind Kind { get; init; }

    /// <summary>Gets the question as the caller reads it.</summary>
    public required string Text { get; init; }
}
