using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>API keys for the organisations of a running test host, created through the real key service and reused per host.</summary>
internal static class TestKeys
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string, ApiKeyRole), string>> Keys = [];

    public static string For(WebApplicationFactory<Program> host, string organizationId = "demo", ApiKeyRole role = ApiKeyRole.Admin) =>
        Keys.GetOrCreateValue(host).GetOrAdd((organizationId, role), key =>
        {
            var created = host.Services.GetRequiredService<ApiKeyService>()
                .CreateAsync(key.Item1, $"test {key.Item2}", key.Item2, AuditActor.Host("test set-up"), CancellationToken.None).GetAwaiter().GetResult();
            return created.Value?.Key ?? throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Message)));
        });
}
