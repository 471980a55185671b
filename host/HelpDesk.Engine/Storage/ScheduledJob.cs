namespace HelpDesk.Engine.Storage;

/// <summary>
/// Work due at a time – a hold check-back, a promise reminder, a status-update reminder – kept in the store so it
/// survives a restart and fires once across host instances. A job is identified per organisation by an id its owner
/// chooses (for example <c>hold-check-back:{interactionId}</c>), so scheduling it again moves it instead of adding one.
/// </summary>
public sealed record ScheduledJob
{
    /// <summary>Gets the organisation the work is for.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the job's id, unique within the organisation.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind, which picks the handler (see <c>IScheduledJobHandler.Kind</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets when the job is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets what the handler needs, as JSON; <c>{}</c> when nothing.</summary>
    public string Payload { get; init; } = "{}";

    /// <summary>Gets the revision, new each time the job is scheduled; completing an older revision leaves a re-armed job alone.</summary>
    public string Revision { get; init; } = Guid.NewGuid().ToString("N");
}
