namespace HelpDesk.Sdk.Review;

/// <summary>How a question steers a conversation; good calls balance both kinds.</summary>
public enum QuestionKind
{
    /// <summary>An open question (what, why, how, "tell me …"): gets the caller talking.</summary>
    Open,

    /// <summary>A closed question (have, did, do, can …): gets a short fact and regains control of a rambling call.</summary>
    Closed,
}
