using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Surveys;

/// <summary>A survey just sent: the invitation, and the one and only time its link can be read.</summary>
/// <param name="Invitation">The stored invitation.</param>
/// <param name="Token">The token the caller answers with.</param>
/// <param name="Url">The link with the token filled in.</param>
public sealed record SurveyLink(SurveyInvitation Invitation, string Token, string Url);
