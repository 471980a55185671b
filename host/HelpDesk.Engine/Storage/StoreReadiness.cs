namespace HelpDesk.Engine.Storage;

/// <summary>Whether the store has been initialised and answers; read by the readiness check.</summary>
public sealed class StoreReadiness
{
    private volatile string? problem = "The store is being initialised.";

    /// <summary>Gets whether the store is ready.</summary>
    public bool IsReady => problem is null;

    /// <summary>Gets why the store is not ready, or <see langword="null"/> when it is.</summary>
    public string? Problem => problem;

    internal void MarkReady() => problem = null;

    internal void MarkUnavailable(string reason) => problem = reason;
}
