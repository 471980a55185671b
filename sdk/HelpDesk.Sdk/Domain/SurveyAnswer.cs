namespace HelpDesk.Sdk.Domain;

/// <summary>One answer in a survey response: a score, a text, or both.</summary>
public sealed record SurveyAnswer
{
    /// <summary>Gets the id of the question answered.</summary>
    public required string QuestionId { get; init; }

    /// <summary>Gets the score given, for rating questions.</summary>
    public int? Score { get; init; }

    /// <summary>Gets the free text given, for open questions.</summary>
    public string? Text { get; init; }
}
