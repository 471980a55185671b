using System.Text.Json;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>Keeps each ticket's <see cref="TicketHistory"/> in the plugin store, under <c>ticket:{id}</c>.</summary>
internal static class TicketHistories
{
    /// <summary>Adds an event to its ticket's history (once) and returns the history including it.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <param name="settings">The organisation's settings.</param>
    /// <param name="context">The plugin context, for the store and the log.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>The ticket's history.</returns>
    public static async ValueTask<TicketHistory> RecordAsync(DomainEvent domainEvent, MetricSettings settings, IPluginContext context, CancellationToken cancellationToken)
    {
        var key = "ticket:" + domainEvent.TicketId;
        var history = Read(await context.Store.GetAsync(key, cancellationToken), key, context.Logger);
        if (HistoryMarks.Of(domainEvent, settings) is not { } mark || !history.Record(mark))
        {
            return history;
        }

        var json = JsonSerializer.Serialize(history, StoreJson.Options);
        if (json.Length > StoreJson.MaxValueLength)
        {
            // Better a ticket whose later replays may differ than no metrics at all for it.
            context.Logger.LogWarning("The metric history of ticket {TicketId} has outgrown the plugin store; event {EventId} is counted but not remembered.", domainEvent.TicketId, domainEvent.Id);
            return history;
        }

        await context.Store.SetAsync(key, json, cancellationToken);
        return history;
    }

    private static TicketHistory Read(string? json, string key, ILogger logger)
    {
        if (json is null)
        {
            return new();
        }

        try
        {
            return JsonSerializer.Deserialize<TicketHistory>(json, StoreJson.Options) ?? new();
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "The stored metric history '{Key}' is unreadable; starting it afresh.", key);
            return new();
        }
    }
}
