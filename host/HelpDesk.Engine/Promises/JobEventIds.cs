using System.Security.Cryptography;
using System.Text;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// Event ids derived from a scheduled job's occurrence (organisation, id, revision): a job that runs again after its
/// host died appends an event with the same id, which the log refuses as a duplicate – so the event is written once.
/// </summary>
public static class JobEventIds
{
    /// <summary>Gets the id of the event one occurrence of a job appends.</summary>
    /// <param name="job">The job as claimed.</param>
    /// <returns>The event id, shaped like every other id.</returns>
    public static string For(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{job.OrganizationId}\n{job.Id}\n{job.Revision}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("N");
    }
}
