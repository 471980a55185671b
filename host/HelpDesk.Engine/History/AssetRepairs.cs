using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.History;

/// <summary>
/// Counts a unit's repairs – its tickets resolved within the window – and flags it as a lemon from the configured number
/// on, with a replacement or return (RMA) recommendation: another repair will not fix it.
/// </summary>
public sealed class AssetRepairs(ITicketStore tickets, IOptions<HistoryOptions> options, TimeProvider clock)
{
    private const int PageSize = 100;

    /// <summary>Checks a unit now.</summary>
    /// <param name="asset">The unit.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The unit's status.</returns>
    public async Task<LemonStatus> CheckAsync(Asset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var settings = options.Value;
        var since = clock.GetUtcNow() - settings.LemonWindow;
        var repairs = await CountRepairsAsync(asset, since, cancellationToken);
        var isLemon = repairs >= settings.LemonRepairs;
        var recommendation = isLemon
            ? $"Unit {asset.SerialNumber}{ModelOf(asset)} was repaired {repairs} times in the last {settings.LemonWindow.TotalDays:0} days (lemon from {settings.LemonRepairs}): " +
              "stop repairing it and ask the vendor to replace it or take it back (RMA)."
            : null;
        return new LemonStatus(isLemon, repairs, settings.LemonRepairs, settings.LemonWindow, recommendation);
    }

    private async Task<int> CountRepairsAsync(Asset asset, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // A ticket resolved within the window was changed within it, so the "changed after" filter keeps the read small.
        var filter = new TicketFilter { AssetId = asset.Id, Statuses = [TicketStatus.Resolved, TicketStatus.Closed], UpdatedAfter = since };
        var repairs = 0;
        long? after = null;
        while (true)
        {
            var page = await tickets.ListAsync(asset.OrganizationId, new TicketQuery { Filter = filter, Descending = false, AfterNumber = after, Limit = PageSize }, cancellationToken);
            repairs += page.Items.Count(t => t.ResolvedAt >= since);
            if (!page.HasMore || page.Items.Count == 0)
            {
                return repairs;
            }

            after = page.Items[^1].Number;
        }
    }

    private static string ModelOf(Asset asset) => string.IsNullOrWhiteSpace(asset.Model) ? "" : $" ({asset.Model})";
}
