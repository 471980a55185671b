using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>What an interaction's holds say about the caller now.</summary>
public static class InteractionHolds
{
    /// <summary>Gets the hold the caller is waiting in, if any: the last hold, while it has not been resumed.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>The open hold, or <see langword="null"/> when the caller is not on hold.</returns>
    public static InteractionHold? OpenHold(this Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Holds.Count > 0 && interaction.Holds[^1].ResumedAt is null ? interaction.Holds[^1] : null;
    }
}
