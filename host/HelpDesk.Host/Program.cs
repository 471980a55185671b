using HelpDesk.Host;
using HelpDesk.Host.Desks;
using HelpDesk.Host.Telemetry;

if (PackDeskCommand.IsRequested(args))
{
    return await PackDeskCommand.RunAsync(args, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddHelpDesk()
    .UseConfiguredStore(builder.Configuration, builder.Environment)
    .AddPluginFolders()
    .AddGraphQLApi();
builder.Services.AddHelpDeskHealthChecks();
builder.Services.AddHelpDeskRateLimiting();
builder.Services.AddHelpDeskTelemetry(builder.Configuration);

var app = builder.Build();
if (InstallDeskCommand.IsRequested(args))
{
    return await InstallDeskCommand.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
}

app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.MapHelpDeskHealthChecks();
app.UseRateLimiter();
app.MapHelpDeskGraphQL().RequireRateLimiting(ApiKeyRateLimiting.Policy);
app.MapHelpDeskSurveys();
app.MapGet("/", () => Results.Text("HelpDesk SDK host. POST GraphQL requests to /graphql.")).ExcludeFromDescription();
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so end-to-end tests can start it.</summary>
public partial class Program;
