using GraphQL;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HelpDesk.GraphQL.Tests;

/// <summary>The GraphQL layer's real services over a real embedded store, without HTTP.</summary>
internal sealed class ApiServices : IAsyncDisposable
{
    private readonly TemporaryDirectory directory = new();
    private readonly ServiceProvider provider;

    public const string OrganizationId = "demo";

    public ApiServices(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = directory.Path });
        services.AddHelpDesk()
            .UseEmbeddedStore(o => o.Path = directory.Combine("api.db"))
            .AddGraphQLApi();
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var initializer in provider.GetServices<IStoreInitializer>())
        {
            initializer.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Executes a request in its own service scope, as the HTTP transport does.</summary>
    public async Task<ExecutionResult> ExecuteAsync(string query, global::GraphQL.Inputs? variables = null, string? operationName = null, ApiKeyRole role = ApiKeyRole.Admin)
    {
        await using var scope = provider.CreateAsyncScope();
        return await Get<IDocumentExecuter<HelpDeskSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            RequestServices = scope.ServiceProvider,
            UserContext = new RequestContext { Caller = new Caller(OrganizationId, role, "test-key") },
            CancellationToken = TestContext.Current.CancellationToken,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        directory.Dispose();
    }
}
