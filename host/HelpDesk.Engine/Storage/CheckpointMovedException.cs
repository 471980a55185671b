namespace HelpDesk.Engine.Storage;

/// <summary>A projector lost a race: another one moved the organisation's checkpoint since it was read.</summary>
/// <param name="organizationId">The organisation.</param>
/// <param name="expected">The checkpoint the projector had read.</param>
public sealed class CheckpointMovedException(string organizationId, long expected)
    : Exception($"The metric checkpoint of organisation '{organizationId}' moved past {expected} while this projector worked; its deltas were not written.")
{
    /// <summary>Gets the organisation.</summary>
    public string OrganizationId { get; } = organizationId;

    /// <summary>Gets the checkpoint the projector had read.</summary>
    public long Expected { get; } = expected;
}
