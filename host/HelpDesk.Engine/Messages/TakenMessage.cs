using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Messages;

/// <summary>A message as stored, with the lines to read back to the caller.</summary>
/// <param name="Message">The message.</param>
/// <param name="ReadBack">The read-back script.</param>
public sealed record TakenMessage(CallerMessage Message, Script ReadBack);
