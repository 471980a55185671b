using HelpDesk.GraphQL.Scalars;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.GraphQL.Schema;

/// <summary>The help desk's GraphQL schema.</summary>
internal sealed class HelpDeskSchema : global::GraphQL.Types.Schema
{
    public HelpDeskSchema(IServiceProvider services)
        : base(services)
    {
        Description = "The HelpDesk SDK API: tickets, call scripts and plugins of one organisation.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalar));
    }
}
