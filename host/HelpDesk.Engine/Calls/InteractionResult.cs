using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Calls;

/// <summary>An interaction after a change, with the lines the agent says now.</summary>
/// <param name="Interaction">The interaction as stored.</param>
/// <param name="Script">The greeting-script plugin's lines for the moment; <see langword="null"/> when the step has no moment or no plugin has lines for it.</param>
public sealed record InteractionResult(Interaction Interaction, Script? Script);
