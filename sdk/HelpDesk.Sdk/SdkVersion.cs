namespace HelpDesk.Sdk;

/// <summary>
/// The version of the plugin contract this assembly implements, and the rule the host applies
/// when it decides whether a plugin built against another version may load.
/// </summary>
public static class SdkVersion
{
    /// <summary>Gets the contract version of this SDK (semantic versioning: major.minor.patch).</summary>
    public static Version Current { get; } = new(1, 0, 0);

    /// <summary>
    /// Tells whether a plugin built against <paramref name="builtAgainst"/> can run on this SDK:
    /// the major versions must match and the plugin may not need a newer minor version than this one.
    /// </summary>
    /// <param name="builtAgainst">The SDK version the plugin was compiled against.</param>
    /// <returns><see langword="true"/> when the plugin can be loaded.</returns>
    public static bool Supports(Version builtAgainst)
    {
        ArgumentNullException.ThrowIfNull(builtAgainst);
        return builtAgainst.Major == Current.Major && builtAgainst.Minor <= Current.Minor;
    }
}
