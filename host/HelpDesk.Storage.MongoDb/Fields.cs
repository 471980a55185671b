namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Element names the store filters, sorts or indexes on, in one place so the class maps, filters and indexes
/// cannot drift apart.
/// </summary>
internal static class Fields
{
    public const string Id = "_id";
    public const string OrganizationId = "organizationId";

    /// <summary>The parts of a compound <c>_id</c>: the organisation, then the id the client chose.</summary>
    public const string KeyOrganization = "o";
    public const string KeyId = "i";

    /// <summary>The id as the class maps store it (the <c>i</c> of a compound <c>_id</c>); directory lists sort and page on it.</summary>
    public const string EntityId = "id";

    public const string Number = "number";
    public const string Subject = "subject";
    public const string Description = "description";
    public const string Status = "status";
    public const string Priority = "priority";
    public const string AssigneeId = "assigneeId";
    public const string ContactId = "contactId";
    public const string AssetId = "assetId";
    public const string UpdatedAt = "updatedAt";
    public const string TagKeys = "tagKeys";
    public const string IdempotencyKey = "idempotencyKey";
    public const string Version = "version";

    public const string Type = "type";
    public const string TicketId = "ticketId";
    public const string OccurredAt = "occurredAt";
    public const string Sequence = "sequence";

    public const string SerialNumber = "serialNumber";
    public const string SearchKeys = "searchKeys";
    public const string CreatedAt = "createdAt";
    public const string RevokedAt = "revokedAt";

    public const string Name = "name";
    public const string Value = "value";
    public const string PluginId = "pluginId";
    public const string Key = "key";

    /// <summary>The path of an instant's UTC part, which range queries and indexes use.</summary>
    public static string Utc(string instantField) => $"{instantField}.{DateTimeOffsetDocumentSerializer.UtcElement}";

    /// <summary>The path of an instant's UTC ticks, which orders instants exactly, below the millisecond too.</summary>
    public static string UtcTicks(string instantField) => $"{instantField}.{DateTimeOffsetDocumentSerializer.UtcTicksElement}";
}
