using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Storage.Embedded;

/// <summary>Where the embedded store keeps its SQLite file; bound from <c>HelpDesk:Storage:Embedded</c>.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "HelpDesk:Storage:Embedded";

    /// <summary>
    /// Gets or sets the path of the database file. A relative path is taken from the current directory;
    /// a missing folder is created.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HelpDesk:Storage:Embedded:Path must name the SQLite database file, for example helpdesk.db.")]
    public string Path { get; set; } = "helpdesk.db";
}
