using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine.Surveys;

/// <summary>Survey settings (configuration section <c>HelpDesk:Surveys</c>).</summary>
public sealed class SurveyOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Surveys";

    /// <summary>Gets or sets how long a survey link works.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "HelpDesk:Surveys:LinkLifetime must be between 1 hour and 365 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Gets or sets the link sent to the caller; <c>{token}</c> is replaced by the survey token. The default is the host's
    /// own survey page, relative to its address.
    /// </summary>
    [Required]
    [RegularExpression(@".*\{token\}.*", ErrorMessage = "HelpDesk:Surveys:LinkTemplate must contain {token}.")]
    public string LinkTemplate { get; set; } = "/surveys/{token}";
}
