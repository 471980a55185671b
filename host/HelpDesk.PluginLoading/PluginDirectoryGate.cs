namespace HelpDesk.PluginLoading;

/// <summary>Serialises the changes to the plugin directory and catalogue: a rescan never runs while a desk's folders move in.</summary>
internal sealed class PluginDirectoryGate
{
    /// <summary>Gets the lock held while the directory is scanned or changed.</summary>
    public Lock Sync { get; } = new();
}
