using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.History;

/// <summary>Ticket history settings (configuration section <c>HelpDesk:History</c>): when a unit counts as a lemon.</summary>
public sealed class HistoryOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:History";

    /// <summary>Gets or sets how many repairs (resolved tickets) within <see cref="LemonWindow"/> make a unit a lemon.</summary>
    [Range(2, 100, ErrorMessage = "HelpDesk:History:LemonRepairs must be between 2 and 100.")]
    public int LemonRepairs { get; set; } = 3;

    /// <summary>Gets or sets how far back repairs count.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "HelpDesk:History:LemonWindow must be between 1 and 3650 days.")]
    public TimeSpan LemonWindow { get; set; } = TimeSpan.FromDays(90);
}
