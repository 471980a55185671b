using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Surveys;

/// <summary>A survey sent about a ticket, with its response once answered.</summary>
/// <param name="Invitation">The invitation.</param>
/// <param name="Response">The response, or <see langword="null"/> while unanswered.</param>
internal sealed record SurveyView(SurveyInvitation Invitation, SurveyResponse? Response);
