using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Calls;

/// <summary>The organisation's callers on hold, served first in, first out: the one put on hold first is first.</summary>
public sealed class HoldQueue(IInteractionStore interactions, TimeProvider clock)
{
    /// <summary>Lists who waits, in order, and for how long.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The held callers, longest waiting first.</returns>
    public async Task<IReadOnlyList<HeldCaller>> ListAsync(string organizationId, CancellationToken cancellationToken)
    {
        var held = await interactions.ListHeldAsync(organizationId, cancellationToken);
        var now = clock.GetUtcNow();
        var queue = new List<HeldCaller>(held.Count);
        foreach (var interaction in held)
        {
            if (interaction.OpenHold() is { } hold)
            {
                queue.Add(new HeldCaller(interaction, queue.Count + 1, hold, now - hold.HeldAt));
            }
        }

        return queue;
    }
}
