using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Host.RateLimiting;

/// <summary>Per-API-key request limits (configuration section <c>HelpDesk:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:RateLimit";

    /// <summary>Gets or sets how many GraphQL requests one API key (or, without a key, one address) may make per window; 0 turns limiting off.</summary>
    [Range(0, 1_000_000, ErrorMessage = "HelpDesk:RateLimit:PermitsPerWindow must be between 0 (off) and 1000000.")]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Gets or sets the window the permits are counted in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "HelpDesk:RateLimit:Window must be between 1 second and 1 hour.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
