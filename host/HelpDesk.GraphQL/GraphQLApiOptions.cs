using System.ComponentModel.DataAnnotations;

namespace HelpDesk.GraphQL;

/// <summary>Limits and switches of the GraphQL endpoint (configuration section <c>HelpDesk:GraphQL</c>).</summary>
public sealed class GraphQLApiOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "HelpDesk:GraphQL";

    /// <summary>Gets or sets the largest request body accepted, in bytes.</summary>
    [Range(1024, 10 * 1024 * 1024, ErrorMessage = "HelpDesk:GraphQL:MaxRequestBytes must be between 1 KiB and 10 MiB.")]
    public int MaxRequestBytes { get; set; } = 100 * 1024;

    /// <summary>Gets or sets the most bytes the files of one multipart request may hold together (a desk archive, say).</summary>
    [Range(1024, 256 * 1024 * 1024, ErrorMessage = "HelpDesk:GraphQL:MaxUploadBytes must be between 1 KiB and 256 MiB.")]
    public int MaxUploadBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Gets or sets the deepest selection nesting accepted; 15 admits the standard introspection query.</summary>
    [Range(2, 100, ErrorMessage = "HelpDesk:GraphQL:MaxDepth must be between 2 and 100.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Gets or sets the highest query complexity accepted (fields weighted by list sizes).</summary>
    [Range(10, 1_000_000, ErrorMessage = "HelpDesk:GraphQL:MaxComplexity must be between 10 and 1,000,000.")]
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>Gets or sets how long one request may execute.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "HelpDesk:GraphQL:Timeout must be between 100 ms and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a WebSocket client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "HelpDesk:GraphQL:ConnectionInitTimeout must be between 100 ms and 10 minutes.")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets whether clients may introspect the schema (turn off in production if the schema is private).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Gets or sets how many parsed and validated documents are kept for reuse.</summary>
    [Range(0, 100_000, ErrorMessage = "HelpDesk:GraphQL:DocumentCacheSize must be between 0 and 100,000.")]
    public int DocumentCacheSize { get; set; } = 1_000;
}
