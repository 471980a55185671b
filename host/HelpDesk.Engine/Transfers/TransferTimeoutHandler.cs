using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Transfers;

/// <summary>
/// Declines a warm transfer request nobody accepted within <see cref="TransferOptions.TransferAcceptTimeout"/>, with the
/// reason "not accepted in time"; the requester learns it from the <c>transfer.declined</c> event.
/// </summary>
public sealed class TransferTimeoutHandler(TransferService transfers) : IScheduledJobHandler
{
    /// <summary>The kind of the jobs handled.</summary>
    public const string JobKind = "transfer.accept-timeout";

    private const string Prefix = "transfer-timeout:";

    /// <inheritdoc />
    public string Kind => JobKind;

    /// <summary>The id of a request's timeout job.</summary>
    /// <param name="requestId">The request.</param>
    /// <returns>The job id.</returns>
    public static string JobId(string requestId) => Prefix + requestId;

    /// <inheritdoc />
    public Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Id.StartsWith(Prefix, StringComparison.Ordinal)
            ? transfers.ExpireAsync(job.OrganizationId, job.Id[Prefix.Length..], cancellationToken)
            : Task.CompletedTask;
    }
}
