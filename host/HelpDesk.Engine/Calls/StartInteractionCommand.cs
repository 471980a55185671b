using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>What an agent starts an interaction with.</summary>
/// <param name="TicketId">The ticket the conversation is about; its caller becomes the interaction's contact.</param>
/// <param name="Channel">How the caller reached the desk.</param>
/// <param name="AgentId">The agent taking the call.</param>
/// <param name="AgentName">The name the agent introduces themselves with in the scripts; the agent's id when not given.</param>
/// <param name="ActorId">Who started it, as recorded on the events (the API key).</param>
public sealed record StartInteractionCommand(string TicketId, InteractionChannel Channel, string AgentId, string? AgentName, string ActorId);
