using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.Transfers;

/// <summary>Warm transfer settings (configuration section <c>HelpDesk:Calls</c>).</summary>
public sealed class TransferOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Calls";

    /// <summary>Gets or sets how long the receiving agent or team has to accept a warm transfer before it is declined automatically.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "HelpDesk:Calls:TransferAcceptTimeout must be between 10 seconds and 1 hour.")]
    public TimeSpan TransferAcceptTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
