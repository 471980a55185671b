using HelpDesk.Engine.Auth;

namespace HelpDesk.Storage.Contract;

/// <summary>API key records for the contract tests.</summary>
public static class ApiKeySamples
{
    public static ApiKeyRecord Key(string organizationId, string id, DateTimeOffset createdAt) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        Name = $"Agent console {id}",
        Role = ApiKeyRole.Supervisor,
        Salt = "q83vEjRWeJA=",
        Hash = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=",
        CreatedAt = createdAt,
    };
}
