namespace HelpDesk.Sdk.Domain;

/// <summary>A unit (device, installation, product) tickets can be about.</summary>
public sealed record Asset
{
    /// <summary>Gets the asset's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that tracks the asset.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the serial number or tag printed on the unit.</summary>
    public required string SerialNumber { get; init; }

    /// <summary>Gets the model or product name.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the id of the contact who owns or uses the unit, if known.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
