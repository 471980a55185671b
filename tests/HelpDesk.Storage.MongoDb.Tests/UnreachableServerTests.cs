using System.Diagnostics;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>
/// Without a server the store fails fast, within its server selection timeout, so the host's readiness check reports
/// unhealthy instead of hanging and start-up says what to check. Nothing listens on port 1, so this needs no server.
/// </summary>
public sealed class UnreachableServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_an_organisation_fails_within_the_server_selection_timeout()
    {
        await using var host = Unreachable();
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => host.Ports.Organizations.FindAsync("org-a", Ct));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Start_up_names_the_setting_and_the_server_but_not_the_password()
    {
        await using var host = Unreachable();

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Ports.Initializer.InitializeAsync(Ct));

        Assert.Contains("127.0.0.1:1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("HelpDesk:Storage:MongoDb:ConnectionString", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", failure.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(failure.InnerException);
    }

    [Fact]
    public async Task A_cancelled_read_stops_waiting_for_a_server()
    {
        await using var host = MongoStoreHost.Open(configure: o =>
        {
            o.ConnectionString = "mongodb://127.0.0.1:1/?directConnection=true";
            o.ServerSelectionTimeout = TimeSpan.FromMinutes(1);
        });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Ports.Organizations.FindAsync("org-a", cancel.Token));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    private static MongoStoreHost Unreachable() => MongoStoreHost.Open(configure: o =>
    {
        o.ConnectionString = "mongodb://desk:s3cret-pw@127.0.0.1:1/?directConnection=true";
        o.ServerSelectionTimeout = TimeSpan.FromMilliseconds(500);
        o.ConnectTimeout = TimeSpan.FromMilliseconds(500);
    });
}
