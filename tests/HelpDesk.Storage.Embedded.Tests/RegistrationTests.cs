using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>How <c>UseEmbeddedStore</c> wires the store and reads its setting.</summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Every_port_is_one_singleton_over_one_shared_database()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);

        Assert.Same(host.Services.GetRequiredService<ITicketStore>(), host.Services.GetRequiredService<ITicketStore>());
        Assert.IsType<SqliteEventLog>(host.Services.GetRequiredService<IEventLog>());
        Assert.IsType<SqliteContactStore>(host.Services.GetRequiredService<IContactStore>());
        Assert.IsType<SqliteAssetStore>(host.Services.GetRequiredService<IAssetStore>());
        Assert.IsType<SqliteNoteStore>(host.Services.GetRequiredService<INoteStore>());
        Assert.IsType<SqliteApiKeyStore>(host.Services.GetRequiredService<IApiKeyStore>());
        Assert.IsType<SqliteSchemaInitializer>(Assert.Single(host.Services.GetServices<IStoreInitializer>()));
        Assert.Equal(folder.DatabasePath, host.Services.GetRequiredService<SqliteDatabase>().FilePath);
    }

    [Fact]
    public async Task The_path_is_read_from_configuration_and_code_overrides_it()
    {
        var configured = Path.Combine(folder.Path, "configured.db");
        var settings = new Dictionary<string, string?> { ["HelpDesk:Storage:Embedded:Path"] = configured };
        await using var fromConfiguration = EmbeddedStoreHost.Open(configured, settings, configure: _ => { });
        await using var fromCode = EmbeddedStoreHost.Open(configured, settings, configure: o => o.Path = folder.DatabasePath);

        Assert.Equal(configured, fromConfiguration.Services.GetRequiredService<SqliteDatabase>().FilePath);
        Assert.Equal(folder.DatabasePath, fromCode.Services.GetRequiredService<SqliteDatabase>().FilePath);
    }

    [Fact]
    public async Task A_relative_path_is_taken_from_the_current_directory()
    {
        await using var host = EmbeddedStoreHost.Open("unused", configure: o => o.Path = Path.Combine("data", "desk.db"));

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data", "desk.db"), host.Services.GetRequiredService<SqliteDatabase>().FilePath);
    }

    [Fact]
    public async Task An_empty_path_fails_validation_naming_the_setting()
    {
        await using var host = EmbeddedStoreHost.Open("", configure: o => o.Path = " ");

        var invalid = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value);

        Assert.Contains("HelpDesk:Storage:Embedded:Path", invalid.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
