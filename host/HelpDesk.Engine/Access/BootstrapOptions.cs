namespace HelpDesk.Engine.Access;

/// <summary>How the first admin key of the default organisation comes to be (configuration section <c>HelpDesk:Bootstrap</c>).</summary>
public sealed class BootstrapOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Bootstrap";

    /// <summary>
    /// Gets or sets an admin key chosen by the operator (<c>hd_&lt;16 hex&gt;_&lt;secret&gt;</c>); stored hashed at start
    /// if no key with its id exists. Suits containers and CI, where the key comes from a secret store.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// Gets or sets the file a generated admin key is written to when the default organisation has no key at
    /// all and no <see cref="AdminKey"/> is set; empty to never generate one. Relative to the content root.
    /// </summary>
    public string? AdminKeyFile { get; set; } = "helpdesk-admin.key";
}
