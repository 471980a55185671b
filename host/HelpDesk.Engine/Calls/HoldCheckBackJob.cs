using System.Text.Json;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>
/// The scheduled job that reminds the agent to check back with a caller on hold: one per interaction, its payload naming
/// the hold and the reminder's number, so a job that runs twice or late is recognised.
/// </summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Hold">Which hold of the interaction: 1 for the first.</param>
/// <param name="CheckBack">Which reminder of the hold: 1 for the first.</param>
internal sealed record HoldCheckBackJob(string InteractionId, int Hold, int CheckBack)
{
    /// <summary>The kind of the job.</summary>
    public const string Kind = "hold-check-back";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Gets the job id of an interaction's reminders.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <returns>The job id.</returns>
    public static string JobId(string interactionId) => $"{Kind}:{interactionId}";

    /// <summary>Reads the payload of a job.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The reminder, or <see langword="null"/> when the payload is not one.</returns>
    public static HoldCheckBackJob? Read(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return JsonSerializer.Deserialize<HoldCheckBackJob>(job.Payload, Json) is { InteractionId.Length: > 0, Hold: > 0, CheckBack: > 0 } read ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Makes the job that fires this reminder: <paramref name="interval"/> times its number after the caller was put on hold.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="hold">The hold, the last of the interaction.</param>
    /// <param name="interval">The check-back interval.</param>
    /// <returns>The job.</returns>
    public ScheduledJob ToJob(Interaction interaction, InteractionHold hold, TimeSpan interval) => new()
    {
        OrganizationId = interaction.OrganizationId,
        Id = JobId(InteractionId),
        Kind = Kind,
        DueAt = hold.HeldAt + (interval * CheckBack),
        Payload = JsonSerializer.Serialize(this, Json),
    };
}
