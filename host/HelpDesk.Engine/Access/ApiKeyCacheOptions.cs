using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.Access;

/// <summary>How long a host keeps API key records it read (configuration section <c>HelpDesk:Auth</c>).</summary>
public sealed class ApiKeyCacheOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Auth";

    /// <summary>
    /// Gets or sets how many seconds a key record read from the store is reused before it is read again; 0 reads it on
    /// every request. A key revoked through this host stops working at once; one revoked through another host keeps
    /// working here for at most this long. Every request still checks the presented secret against the stored hash.
    /// </summary>
    [Range(0, 300)]
    public int KeyCacheSeconds { get; set; } = 5;
}
