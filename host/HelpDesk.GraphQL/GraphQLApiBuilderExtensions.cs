using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using HelpDesk.GraphQL;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Loading;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Transport;
using HelpDesk.GraphQL.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the GraphQL API to the help desk.</summary>
public static class GraphQLApiBuilderExtensions
{
    /// <summary>Adds the schema, the HTTP and WebSocket transports, the document cache and the limits.</summary>
    /// <param name="builder">The help desk builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHelpDeskBuilder AddGraphQLApi(this IHelpDeskBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GraphQLApiOptions>()
            .BindConfiguration(GraphQLApiOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ValidationRuleSets>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<MultipartRequestReader>();
        services.AddSingleton<ICallerResolver, ApiKeyCallerResolver>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<HelpDeskSchema>()
            .AddGraphTypes(typeof(HelpDeskSchema).Assembly)
            // Messages are read by people too: keep quotes and angle brackets as they are (the content type is JSON, never HTML).
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddSerializer<ResponseSerializer>()
            .AddErrorInfoProvider<HelpDeskErrorInfoProvider>()

            // Each subscription event runs in a service scope of its own: a socket's request scope lives for hours.
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(OperationType.Subscription)
            .ConfigureComplexityLimit((complexity, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;

                // Introspection (what code generators and the explorer send) costs nothing: it reads the schema, not the store.
                var standard = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 1)
                        : standard(field);
            })
            .ConfigureExecutionOptions(execution =>
            {
                var services = execution.RequestServices!;
                var limits = services.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
                execution.Timeout = limits.Timeout;
                execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                // Roles are checked for cached documents too: caching a document for an admin must not open it to an agent.
                var ruleSets = services.GetRequiredService<ValidationRuleSets>();
                execution.ValidationRules = ruleSets.Full(execution.ValidationRules, limits.EnableIntrospection);
                execution.CachedDocumentValidationRules = ruleSets.Cached(execution.CachedDocumentValidationRules, limits.EnableIntrospection);
            })
            .AddUnhandledExceptionHandler((context, execution) =>
            {
                var logger = execution.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("HelpDesk.GraphQL");
                if (context.OriginalException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
                {
                    // The client's document, not a fault of ours: answered with VALIDATION_FAILED.
                    logger.LogDebug("A GraphQL document nested beyond the parser's limit was refused");
                    return Task.CompletedTask;
                }

                logger.LogError(context.OriginalException, "Unhandled error in GraphQL field {Field}", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            }));
        services.AddSingleton(sp => sp.GetRequiredService<IGraphQLTextSerializer>() as ResponseSerializer
            ?? throw new InvalidOperationException("The GraphQL endpoint writes its answers with its own serializer: register no other IGraphQLTextSerializer."));
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<PreparedOperationValidator>();
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(sp => sp.GetRequiredService<PreparedOperationValidator>()));
        return builder;
    }

    // GraphQL.NET's AddComplexityAnalyzer, less the rule it appends to every request's rules as a new list: the host's
    // rule sets take the rule in once (ValidationRuleSets).
    private static IGraphQLBuilder ConfigureComplexityLimit(this IGraphQLBuilder graphQL, Action<ComplexityOptions, IServiceProvider> configure)
    {
        graphQL.Services.Configure(configure);
        graphQL.Services.Register<ComplexityValidationRule>(global::GraphQL.DI.ServiceLifetime.Singleton);
        return graphQL;
    }
}
