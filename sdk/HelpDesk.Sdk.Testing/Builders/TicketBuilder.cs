using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Builds a <see cref="Ticket"/> with sensible defaults (a new, normal-priority, first-level ticket of the
/// test organisation, created at <see cref="TestDefaults.Now"/>); set only what a test is about.
/// </summary>
public sealed class TicketBuilder
{
    private string id = "ticket-1";
    private string organizationId = TestDefaults.OrganizationId;
    private long number = 1;
    private string subject = "Cannot open the shared calendar";
    private string description = "";
    private TicketStatus status = TicketStatus.New;
    private TicketPriority priority = TicketPriority.Normal;
    private SupportTier tier = SupportTier.FirstLevel;
    private string? contactId;
    private string? assetId;
    private string? assigneeId;
    private List<Tag> tags = [];
    private EscalationState? escalation;
    private int transferCount;
    private DateTimeOffset createdAt = TestDefaults.Now;
    private DateTimeOffset? updatedAt;
    private DateTimeOffset? firstRepliedAt;
    private DateTimeOffset? resolvedAt;

    /// <summary>Sets the ticket's id.</summary>
    /// <param name="value">The id.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithId(string value) => Set(() => id = Guard.NotEmpty(value));

    /// <summary>Sets the organisation the ticket belongs to.</summary>
    /// <param name="value">The organisation id.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder InOrganization(string value) => Set(() => organizationId = Guard.NotEmpty(value));

    /// <summary>Sets the ticket's number as agents see it.</summary>
    /// <param name="value">A positive number.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithNumber(long value) => Set(() => number = Guard.Positive(value));

    /// <summary>Sets the subject.</summary>
    /// <param name="value">The subject.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithSubject(string value) => Set(() => subject = Guard.NotEmpty(value));

    /// <summary>Sets the description.</summary>
    /// <param name="value">The description; may be empty.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithDescription(string value) => Set(() => description = Guard.NotNull(value));

    /// <summary>Sets the priority.</summary>
    /// <param name="value">The priority.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithPriority(TicketPriority value) => Set(() => priority = Guard.Defined(value));

    /// <summary>Sets the status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithStatus(TicketStatus value) => Set(() => status = Guard.Defined(value));

    /// <summary>Sets the support tier the ticket is at.</summary>
    /// <param name="value">The tier.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder AtTier(SupportTier value) => Set(() => tier = Guard.Defined(value));

    /// <summary>Replaces the ticket's labels with agent-set tags of the given names.</summary>
    /// <param name="names">The label names, for example <c>service:email</c>.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithTags(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Set(() => tags = [.. names.Select(n => new Tag { Name = Guard.NotEmpty(n) })]);
    }

    /// <summary>Replaces the ticket's labels.</summary>
    /// <param name="values">The tags.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithTags(IEnumerable<Tag> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Set(() => tags = [.. values]);
    }

    /// <summary>Sets the caller the ticket is for.</summary>
    /// <param name="value">The contact's id.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithContact(string value) => Set(() => contactId = Guard.NotEmpty(value));

    /// <summary>Sets the caller the ticket is for.</summary>
    /// <param name="value">The contact.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithContact(Contact value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WithContact(value.Id);
    }

    /// <summary>Sets the unit (asset) the ticket is about.</summary>
    /// <param name="value">The asset's id.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithAsset(string value) => Set(() => assetId = Guard.NotEmpty(value));

    /// <summary>Assigns the ticket to an agent.</summary>
    /// <param name="agentId">The agent's id.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder AssignedTo(string agentId) => Set(() => assigneeId = Guard.NotEmpty(agentId));

    /// <summary>Sets how many times the ticket was transferred.</summary>
    /// <param name="value">Zero or more.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithTransferCount(int value) => Set(() => transferCount = Guard.NotNegative(value));

    /// <summary>Sets the escalation decision last recorded on the ticket.</summary>
    /// <param name="value">The decision.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder WithEscalation(EscalationState value) => Set(() => escalation = Guard.NotNull(value));

    /// <summary>Sets when the ticket was opened (also its last update, unless set otherwise).</summary>
    /// <param name="value">The time.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder CreatedAt(DateTimeOffset value) => Set(() => createdAt = value);

    /// <summary>Sets when the ticket was last updated.</summary>
    /// <param name="value">The time.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder UpdatedAt(DateTimeOffset value) => Set(() => updatedAt = value);

    /// <summary>Records the first agent reply and makes the ticket open.</summary>
    /// <param name="value">When the agent first replied.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder FirstRepliedAt(DateTimeOffset value) => Set(() =>
    {
        firstRepliedAt = value;
        status = status == TicketStatus.New ? TicketStatus.Open : status;
    });

    /// <summary>Records the first agent reply some time after the ticket was opened.</summary>
    /// <param name="after">How long after <see cref="CreatedAt"/> the agent first replied.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder FirstRepliedAfter(TimeSpan after) => FirstRepliedAt(createdAt + Guard.NotNegative(after));

    /// <summary>Resolves the ticket.</summary>
    /// <param name="at">When it was resolved.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder Resolved(DateTimeOffset at) => Set(() =>
    {
        status = TicketStatus.Resolved;
        resolvedAt = at;
    });

    /// <summary>Resolves the ticket some time after it was opened.</summary>
    /// <param name="after">How long after <see cref="CreatedAt"/> it was resolved.</param>
    /// <returns>This builder.</returns>
    public TicketBuilder ResolvedAfter(TimeSpan after) => Resolved(createdAt + Guard.NotNegative(after));

    /// <summary>Creates the ticket.</summary>
    /// <returns>The ticket.</returns>
    public Ticket Build() => new()
    {
        Id = id,
        OrganizationId = organizationId,
        Number = number,
        Subject = subject,
        Description = description,
        Status = status,
        Priority = priority,
        Tier = tier,
        ContactId = contactId,
        AssetId = assetId,
        AssigneeId = assigneeId,
        Tags = [.. tags],
        Escalation = escalation,
        TransferCount = transferCount,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt ?? Latest(createdAt, firstRepliedAt, resolvedAt),
        FirstRepliedAt = firstRepliedAt,
        ResolvedAt = resolvedAt,
    };

    private static DateTimeOffset Latest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Where(o => o.HasValue).Select(o => o!.Value).Append(first).Max();

    private TicketBuilder Set(Action change)
    {
        change();
        return this;
    }
}
