using System.Net;
using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>A GraphQL HTTP response as a client sees it.</summary>
internal sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string FirstErrorCode => FirstError.GetProperty("extensions").GetProperty("code").GetString()!;

    public JsonElement Path(params string[] names)
    {
        var element = Data;
        foreach (var name in names)
        {
            element = element.GetProperty(name);
        }

        return element;
    }
}
