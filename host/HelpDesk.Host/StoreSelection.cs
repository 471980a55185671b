namespace HelpDesk.Host;

/// <summary>Chooses the store from configuration: the embedded SQLite file unless another store is configured.</summary>
internal static class StoreSelection
{
    public static IHelpDeskBuilder UseConfiguredStore(this IHelpDeskBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["HelpDesk:Storage:Embedded:Path"] ?? "helpdesk.db";
        return builder.UseEmbeddedStore(options => options.Path = Path.GetFullPath(path, environment.ContentRootPath));
    }
}
