namespace HelpDesk.Engine.Escalation;

/// <summary>The clock a simulation hands to plugins: it reads the simulated moment, never the wall clock.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Gets or sets the simulated moment.</summary>
    public DateTimeOffset Now { get; set; } = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
