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
}
