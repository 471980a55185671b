using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>An interaction before and after a change.</summary>
/// <param name="Before">The state the change was made on.</param>
/// <param name="After">The state written.</param>
internal sealed record ChangedInteraction(Interaction Before, Interaction After);
