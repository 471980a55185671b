using System.Runtime.CompilerServices;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>
/// Turns the organisation's live event feed into a stream of objects: the events of one kind that match, each loaded as
/// it is stored now (an object that no longer exists is skipped).
/// </summary>
internal static class EventStreams
{
    public static async IAsyncEnumerable<TResult> OfAsync<TEvent, TResult>(
        IEventFeed feed,
        string organizationId,
        Func<TEvent, bool> matches,
        Func<TEvent, CancellationToken, Task<TResult?>> load,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TEvent : DomainEvent
        where TResult : class
    {
        await foreach (var stored in feed.SubscribeAsync(organizationId, cancellationToken))
        {
            if (stored.Event is TEvent happened && matches(happened) && await load(happened, cancellationToken) is { } result)
            {
                yield return result;
            }
        }
    }
}
