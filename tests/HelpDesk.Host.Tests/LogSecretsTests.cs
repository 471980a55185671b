using HelpDesk.Engine.Auth;
using HelpDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Host.Tests;

/// <summary>The host's log output, at every level, holds no API key, no connection string password and no caller's personal data.</summary>
public sealed class LogSecretsTests
{
    [Fact]
    public async Task Keys_and_personal_data_never_reach_the_log()
    {
        var logs = new CapturedLogs();
        using var folder = new TemporaryDirectory();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("HelpDesk:Plugins:Directory", RepositoryPaths.FirstPartyPlugins);
            builder.UseSetting("HelpDesk:Storage:Embedded:Path", folder.Combine("helpdesk.db"));
            builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", folder.Combine("admin.key"));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        });
        factory.UseKestrel(0);
        var admin = new GraphQLClient(factory.CreateClient(), TestKeys.For(factory, "demo", ApiKeyRole.Admin));

        var created = (await admin.PostAsync("mutation { createApiKey(input: { name: \"console\", role: AGENT }) { key } }")).Path("createApiKey", "key").GetString()!;
        var contactId = (await admin.PostAsync(
            "mutation { createContact(input: { name: \"Marieke Zwanenburg\", email: \"marieke.zwanenburg@example.org\", phone: \"+31612345678\" }) { contact { id } } }"))
            .Path("createContact", "contact", "id").GetString();
        await admin.PostAsync(
            "mutation($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } } }",
            new { input = new { subject = "Cannot log in", description = "Reach me at marieke.zwanenburg@example.org or +31612345678.", contactId } });
        await new GraphQLClient(factory.CreateClient(), "hd_0123456789abcdef_wrong-secret-value").PostAsync("{ tickets { totalCount } }");

        var text = logs.Text;
        Assert.NotEmpty(text);
        Assert.DoesNotContain(File.ReadAllText(folder.Combine("admin.key")).Trim(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(created, text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwanenburg", text, StringComparison.Ordinal);
        Assert.DoesNotContain("marieke.zwanenburg@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+31612345678", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_connection_string_password_never_reaches_the_log()
    {
        var logs = new CapturedLogs();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("HelpDesk:Storage:MongoDb:ConnectionString", "mongodb://desk:pa55-w0rd-in-uri@127.0.0.1:1/?directConnection=true");
            builder.UseSetting("HelpDesk:Storage:MongoDb:ServerSelectionTimeout", "00:00:00.300");
            builder.UseSetting("HelpDesk:Plugins:Directory", Path.GetTempPath());
            builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", "");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        });
        factory.UseKestrel(0);
        using var http = factory.CreateClient();

        await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        await new GraphQLClient(http).PostAsync("{ tickets { totalCount } }");

        Assert.NotEmpty(logs.Text);
        Assert.DoesNotContain("pa55-w0rd-in-uri", logs.Text, StringComparison.Ordinal);
    }
}
