using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>A caller waiting on hold, with their place in the queue.</summary>
/// <param name="Interaction">The held interaction.</param>
/// <param name="Position">The place in the queue: 1 is served first.</param>
/// <param name="Hold">The hold the caller waits in.</param>
/// <param name="WaitedFor">How long the caller has waited so far.</param>
public sealed record HeldCaller(Interaction Interaction, int Position, InteractionHold Hold, TimeSpan WaitedFor);
