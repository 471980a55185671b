using System.ComponentModel.DataAnnotations;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Where and how the MongoDB store connects; bound from <c>HelpDesk:Storage:MongoDb</c>.</summary>
public sealed class MongoStoreOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "HelpDesk:Storage:MongoDb";

    private static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Gets or sets the connection string of a replica set (or sharded cluster), for example
    /// <c>mongodb://db1,db2,db3/?replicaSet=rs0</c>. Write and read concerns, retryable writes and the timeouts below
    /// are set by the store and win over the same settings in the connection string.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = $"{Section}:ConnectionString must be set to a MongoDB replica set connection string, for example mongodb://localhost:27017/?replicaSet=rs0.")]
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the database holding the store's collections; <c>helpdesk</c> unless set.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = $"{Section}:Database must name the database, for example helpdesk.")]
    [RegularExpression("""^[^/\\. "$*<>:|?]{1,63}$""", ErrorMessage = $"{Section}:Database must be 1 to 63 characters without spaces or any of / \\ . \" $ * < > : | ?.")]
    public string Database { get; set; } = "helpdesk";

    /// <summary>
    /// Gets or sets how long an operation waits for a suitable server before it fails; 5 seconds unless set. Kept short
    /// so that a lost database makes the readiness check report unhealthy instead of hanging.
    /// </summary>
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long opening a connection may take; 10 seconds unless set.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a send or receive on an open connection may take; 30 seconds unless set.</summary>
    public TimeSpan SocketTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString) && ParseError(ConnectionString) is { } error)
        {
            // The connection string is not echoed: it may hold a password.
            yield return new ValidationResult($"{Section}:ConnectionString is not a valid MongoDB connection string: {error}", [nameof(ConnectionString)]);
        }

        foreach (var (name, value) in new[] { (nameof(ServerSelectionTimeout), ServerSelectionTimeout), (nameof(ConnectTimeout), ConnectTimeout), (nameof(SocketTimeout), SocketTimeout) })
        {
            if (value <= TimeSpan.Zero || value > LongestTimeout)
            {
                yield return new ValidationResult($"{Section}:{name} must be a time span above 0 and at most {LongestTimeout}, for example 00:00:05.", [name]);
            }
        }
    }

    private static string? ParseError(string connectionString)
    {
        try
        {
            _ = MongoUrl.Create(connectionString);
            return null;
        }
        catch (Exception exception) when (exception is MongoConfigurationException or ArgumentException or FormatException)
        {
            return exception.Message;
        }
    }
}
