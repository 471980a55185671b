using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.Calls;

/// <summary>Call handling settings (configuration section <c>HelpDesk:Calls</c>).</summary>
public sealed class CallOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Calls";

    /// <summary>
    /// Gets or sets how often the agent is reminded to check back with a caller on hold. The guides say every 30 to 40
    /// seconds; a desk may choose between 10 seconds and 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:05:00", ErrorMessage = "HelpDesk:Calls:CheckBackInterval must be between 10 seconds and 5 minutes (35 seconds by default).")]
    public TimeSpan CheckBackInterval { get; set; } = TimeSpan.FromSeconds(35);

    /// <summary>Gets or sets the longest hold reason accepted.</summary>
    [Range(20, 2000, ErrorMessage = "HelpDesk:Calls:MaxReasonLength must be between 20 and 2000 characters.")]
    public int MaxReasonLength { get; set; } = 300;
}
