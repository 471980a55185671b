using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpDesk.Packaging.Tests;

/// <summary>
/// The real host, with exactly the given plugin folders in its plugin directory, a fresh embedded store
/// and an operator-given admin key; queried over GraphQL as a front end would.
/// </summary>
internal sealed class PluginHost : WebApplicationFactory<Program>
{
    private const string AdminKey = "hd_00000000feed0001_packaging-test-admin-key-secret";

    private readonly TemporaryDirectory directory = new();

    /// <summary>Copies each plugin folder into the host's plugin directory under the given folder name.</summary>
    public PluginHost(params (string Folder, string Name)[] plugins)
    {
        Directory.CreateDirectory(directory.Combine("plugins"));
        foreach (var (folder, name) in plugins)
        {
            directory.CopyFolder(folder, Path.Combine("plugins", name));
        }
    }

    /// <summary>Sends a GraphQL operation with the admin key and returns its data; fails the test on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("HelpDesk:Plugins:Directory", directory.Combine("plugins"));
        builder.UseSetting("HelpDesk:Storage:Embedded:Path", directory.Combine("helpdesk.db"));
        builder.UseSetting("HelpDesk:Bootstrap:AdminKey", AdminKey);
        builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", directory.Combine("admin.key"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
    }
}
