using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.Promises;

/// <summary>Promise and status-update reminder settings (configuration section <c>HelpDesk:Promises</c>).</summary>
public sealed class PromiseOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Promises";

    /// <summary>Gets or sets how long before a promise's due time the agent is reminded of it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "HelpDesk:Promises:ReminderLead must be between 1 minute and 7 days.")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the longest an open ticket's caller may go without hearing from the desk before a status-update reminder.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "HelpDesk:Promises:StatusUpdateInterval must be between 5 minutes and 30 days.")]
    public TimeSpan StatusUpdateInterval { get; set; } = TimeSpan.FromHours(24);
}
