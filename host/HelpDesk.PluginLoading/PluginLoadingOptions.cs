using System.ComponentModel.DataAnnotations;

namespace HelpDesk.PluginLoading;

/// <summary>Where the host looks for plugin folders (configuration section <c>HelpDesk:Plugins</c>).</summary>
public sealed class PluginLoadingOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:Plugins";

    /// <summary>Gets or sets the directory whose sub-folders are plugins; relative paths are relative to the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HelpDesk:Plugins:Directory must name the folder that holds the plugin folders.")]
    public string Directory { get; set; } = "plugins";

    /// <summary>Gets or sets how often the directory is looked at for plugin folders dropped in while the host runs; zero turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "HelpDesk:Plugins:RescanInterval must be between 0 (off) and 1 day.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(10);
}
