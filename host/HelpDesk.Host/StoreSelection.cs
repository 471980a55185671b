namespace HelpDesk.Host;

/// <summary>
/// Chooses the store from configuration: MongoDB when <c>HelpDesk:Storage:MongoDb:ConnectionString</c> is set,
/// otherwise the embedded SQLite file, so a fresh machine needs nothing installed.
/// </summary>
internal static class StoreSelection
{
    public const string MongoConnectionStringKey = "HelpDesk:Storage:MongoDb:ConnectionString";

    public static IHelpDeskBuilder UseConfiguredStore(this IHelpDeskBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration[MongoConnectionStringKey]))
        {
            return builder.UseMongoDb();
        }

        var path = configuration["HelpDesk:Storage:Embedded:Path"] ?? "helpdesk.db";
        return builder.UseEmbeddedStore(options => options.Path = Path.GetFullPath(path, environment.ContentRootPath));
    }
}
