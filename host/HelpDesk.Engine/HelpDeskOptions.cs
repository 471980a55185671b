using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine;

/// <summary>Engine settings (configuration section <c>HelpDesk</c>).</summary>
public sealed class HelpDeskOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk";

    /// <summary>Gets or sets how long one plugin call may take before it is cut off.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "HelpDesk:PluginCallTimeout must be between 10 ms and 1 minute.")]
    public TimeSpan PluginCallTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many failures in a row (exceptions, time-outs) take a plugin out of service for an organisation.</summary>
    [Range(1, 1000, ErrorMessage = "HelpDesk:PluginFailureThreshold must be between 1 and 1000.")]
    public int PluginFailureThreshold { get; set; } = 5;

    /// <summary>Gets or sets how long a plugin stays out of service before one call is let through again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "HelpDesk:PluginOutOfServiceTime must be between 1 second and 1 day.")]
    public TimeSpan PluginOutOfServiceTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how long to wait between attempts to reach a store that is unavailable at start.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "HelpDesk:StoreRetryInterval must be between 10 ms and 10 minutes.")]
    public TimeSpan StoreRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how often the metric rollups are brought up to date with the event log in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "HelpDesk:MetricsInterval must be between 10 ms and 1 hour.")]
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how often open tickets are checked against the escalation policies (targets running out while nobody touches a ticket).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "HelpDesk:EscalationCheckInterval must be between 1 second and 1 hour.")]
    public TimeSpan EscalationCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how often due scheduled jobs (reminders, due times) are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "HelpDesk:SchedulerInterval must be between 50 ms and 1 minute.")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long a host instance holds a claimed job before another may run it (when the first died).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "HelpDesk:SchedulerLease must be between 5 seconds and 1 hour.")]
    public TimeSpan SchedulerLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the organisation created at first start, so a fresh host is usable at once.</summary>
    [Required]
    public DefaultOrganizationOptions DefaultOrganization { get; set; } = new();
}
