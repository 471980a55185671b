using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>Registers an organisation's assets; serial numbers are unique within the organisation.</summary>
public sealed class AssetService(IAssetStore assets, IContactStore contacts, TimeProvider clock)
{
    /// <summary>Registers an asset.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="serialNumber">The serial number on the unit.</param>
    /// <param name="model">The model, if known.</param>
    /// <param name="contactId">The owner, if known.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The asset, or input errors.</returns>
    public async Task<OperationResult<Asset>> CreateAsync(string organizationId, string serialNumber, string? model, string? contactId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(serialNumber) || serialNumber.Trim().Length > 100)
        {
            return Fail("serialNumber", "Give the serial number printed on the unit (1 to 100 characters).", UserErrorCode.Required);
        }

        if (contactId is not null && await contacts.FindAsync(organizationId, contactId, cancellationToken) is null)
        {
            return Fail("ownerId", "No contact with this id exists in your organisation.", UserErrorCode.NotFound);
        }

        var asset = new Asset
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"),
            OrganizationId = organizationId,
            SerialNumber = serialNumber.Trim(),
            Model = string.IsNullOrWhiteSpace(model) ? null : model.Trim(),
            ContactId = contactId,
        };
        try
        {
            await assets.InsertAsync(asset, cancellationToken);
            return OperationResult<Asset>.Success(asset);
        }
        catch (DuplicateKeyException)
        {
            return Fail("serialNumber", $"An asset with serial number '{asset.SerialNumber}' is already registered.", UserErrorCode.Invalid);
        }
    }

    private static OperationResult<Asset> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<Asset>.Failure([UserError.ForInput(field, message, code)]);
}
