using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>One stay of an interaction in a step, and how long it lasted.</summary>
/// <param name="Step">The step.</param>
/// <param name="EnteredAt">When the conversation entered it.</param>
/// <param name="LeftAt">When it left (the next step, or the end); <see langword="null"/> while it is still in it.</param>
/// <param name="Duration">The time spent: up to now while still in the step.</param>
public sealed record StepVisit(CallStep Step, DateTimeOffset EnteredAt, DateTimeOffset? LeftAt, TimeSpan Duration)
{
    /// <summary>Gets the visits of an interaction's steps, in order, each lasting until the next began (or the end).</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="now">The time for a step still under way.</param>
    /// <returns>The visits.</returns>
    public static IReadOnlyList<StepVisit> Of(Interaction interaction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var visits = new List<StepVisit>(interaction.Steps.Count);
        for (var i = 0; i < interaction.Steps.Count; i++)
        {
            var entry = interaction.Steps[i];
            var left = i + 1 < interaction.Steps.Count ? interaction.Steps[i + 1].EnteredAt : interaction.EndedAt;
            visits.Add(new StepVisit(entry.Step, entry.EnteredAt, left, (left ?? now) - entry.EnteredAt));
        }

        return visits;
    }
}
