using System.Net;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>installDesk takes the archive as a file of a multipart request, past the size a JSON request may have.</summary>
public sealed class DeskUploadTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task A_desk_archive_larger_than_a_json_request_installs_as_a_file_of_a_multipart_request()
    {
        var admin = await OrganizationAsync("shipped-upload");
        var archive = Convert.FromBase64String(ShippedDeskArchives.Archive([("acme.large", "HelpDesk.TestPlugins.Good")], 300_000));
        const string Operations = """{"query":"mutation($file: Upload!) { installDesk(input: { archive: $file }) { desk { name } userErrors { message } } }","variables":{"file":null}}""";

        var withoutPreflight = await admin.SendAsync(HttpMethod.Post, "/graphql", ShippedDeskArchives.Multipart(Operations, """{"0":["variables.file"]}""", archive));
        var badPath = await admin.SendAsync(HttpMethod.Post, "/graphql", ShippedDeskArchives.Multipart(Operations, """{"0":["variables.nothing.here"]}""", archive), preflight: true);
        var asJson = await admin.PostAsync(ShippedPluginDeskTests.Install, new { package = Convert.ToBase64String(archive) });
        var uploaded = await admin.SendAsync(HttpMethod.Post, "/graphql", ShippedDeskArchives.Multipart(Operations, """{"0":["variables.file"]}""", archive), preflight: true);

        Assert.Equal(HttpStatusCode.BadRequest, withoutPreflight.Status);
        Assert.Contains("GraphQL-Require-Preflight", withoutPreflight.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPath.Status);
        Assert.Contains("'variables.nothing.here' of file '0' leads nowhere", badPath.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, asJson.Status);
        Assert.False(uploaded.HasErrors, uploaded.Body.ToString());
        Assert.Equal("shipped-desk", uploaded.Path("installDesk", "desk", "name").GetString());
    }

    [Fact]
    public async Task Sending_the_archive_both_as_base64_and_as_a_file_or_neither_is_a_user_error()
    {
        var admin = await OrganizationAsync("shipped-twice");

        var neither = (await admin.PostAsync("mutation { installDesk(input: { dryRun: true }) { userErrors { message } } }")).Path("installDesk");
        var literal = await admin.PostAsync("mutation { installDesk(input: { archive: \"x\" }) { userErrors { message } } }");

        Assert.Equal("Send the desk archive once: as base64 in 'package' or as a file in 'archive'.", neither.GetProperty("userErrors")[0].GetProperty("message").GetString());
        Assert.Contains("In field 'archive'", literal.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<GraphQLClient> OrganizationAsync(string id)
    {
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(new Organization { Id = id, Name = id }, TestContext.Current.CancellationToken);
        return host.GraphQL(id);
    }
}
