using GraphQL.Types;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.GraphQL.Types;

/// <summary>The caller's organisation and its desk.</summary>
internal sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "The organisation the caller's API key belongs to, and how its desk is assembled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name agents say when they greet a caller.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone of its business hours.").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("The languages the desk works in, the first being the default.").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeskPluginType>>>>("plugins")
            .Description("The active plugins, each with whether it runs for this organisation.")
            .ResolveAsync(async c =>
            {
                var configuration = await c.Service<IDeskConfigurationStore>().FindAsync(c.Source.Id, c.CancellationToken);
                return c.Service<PluginCatalog>().Active.Select(plugin =>
                {
                    var activation = configuration?.Plugins.FirstOrDefault(p => p.PluginId == plugin.Id);
                    var settings = PluginSettingsValidator.Apply(plugin.Manifest!, activation?.SettingsJson, out _);
                    return new DeskPlugin(plugin, configuration is null || activation?.Enabled == true, settings.ToJson());
                }).ToList();
            });
    }
}
