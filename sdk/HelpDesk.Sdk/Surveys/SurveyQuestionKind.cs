namespace HelpDesk.Sdk.Surveys;

/// <summary>The kinds of survey question.</summary>
public enum SurveyQuestionKind
{
    /// <summary>Customer satisfaction, scored 1 to 5.</summary>
    Csat,

    /// <summary>How likely to recommend us, scored 0 to 10.</summary>
    Nps,

    /// <summary>Free text.</summary>
    FreeText,
}
