using GraphQL;
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

    public ApiServices(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = directory.Path });
        services.AddHelpDesk()
            .UseEmbeddedStore(o => o.Path = directory.Combine("api.db"))
            .AddGraphQLApi();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var initializer in provider.GetServices<IStoreInitializer>())
        {
            initializer.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public Task<ExecutionResult> ExecuteAsync(string query, global::GraphQL.Inputs? variables = null) =>
        Get<IDocumentExecuter<HelpDeskSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables,
            RequestServices = provider,
            UserContext = new RequestContext { OrganizationId = "demo" },
            CancellationToken = TestContext.Current.CancellationToken,
        });

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        directory.Dispose();
    }
}
