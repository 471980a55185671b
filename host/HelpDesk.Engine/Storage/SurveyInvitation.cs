using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// A survey sent to a caller about one ticket. The caller answers with a token that names the invitation and carries a
/// secret; only the secret's SHA-256 hash is kept, so the stored invitation cannot be turned back into a working link.
/// </summary>
public sealed record SurveyInvitation
{
    /// <summary>Gets the invitation's id (also the id of its response).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the organisation.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the ticket the survey is about.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the plugin that planned the survey.</summary>
    public required string PluginId { get; init; }

    /// <summary>Gets the survey's questions.</summary>
    public required SurveyDefinition Survey { get; init; }

    /// <summary>Gets the lower-case hex SHA-256 hash of the token's secret.</summary>
    public required string SecretHash { get; init; }

    /// <summary>Gets when the invitation was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the link stops working.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets when the survey was answered, or <see langword="null"/> while it waits.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}
