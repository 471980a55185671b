using System.Runtime.CompilerServices;
using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;

namespace HelpDesk.GraphQL.Calls;

/// <summary>The live streams of call handling, read from the organisation's event feed.</summary>
internal static class CallStreams
{
    /// <summary>The hold queue again each time a caller is held, resumed or ends a call.</summary>
    /// <param name="feed">The event feed.</param>
    /// <param name="queue">The hold queue.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The queues, longest waiting first.</returns>
    public static async IAsyncEnumerable<IReadOnlyList<HeldCaller>> QueueChangesAsync(
        IEventFeed feed, HoldQueue queue, string organizationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in feed.SubscribeAsync(organizationId, cancellationToken))
        {
            if (stored.Event is CallerHeld or CallerResumed or InteractionEnded)
            {
                yield return await queue.ListAsync(organizationId, cancellationToken);
            }
        }
    }

    /// <summary>The check-back reminders of one agent, or of every agent of the organisation.</summary>
    /// <param name="feed">The event feed.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="agentId">The agent, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The reminders, as they fall due.</returns>
    public static async IAsyncEnumerable<HoldCheckBackDue> RemindersAsync(
        IEventFeed feed, string organizationId, string? agentId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in feed.SubscribeAsync(organizationId, cancellationToken))
        {
            if (stored.Event is HoldCheckBackDue due && (agentId is null || string.Equals(due.AgentId, agentId, StringComparison.OrdinalIgnoreCase)))
            {
                yield return due;
            }
        }
    }
}
