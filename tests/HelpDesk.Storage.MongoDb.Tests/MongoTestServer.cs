using MongoDB.Driver;
using Testcontainers.MongoDb;

[assembly: AssemblyFixture(typeof(HelpDesk.Storage.MongoDb.Tests.MongoTestServer))]

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>
/// The MongoDB server the server tests run against: <c>HELPDESK_TEST_MONGO</c> when set, else a single-node replica set in
/// a Testcontainers container when a Docker engine answers, else none – and then every server test is skipped, saying why.
/// </summary>
/// <remarks>Found out on first use, once for the whole run, so the tests that need no server never wait for it.</remarks>
public sealed class MongoTestServer : IAsyncDisposable
{
    public const string Variable = "HELPDESK_TEST_MONGO";

    private readonly Lazy<Task<string?>> connectionString;
    private MongoDbContainer? container;
    private string? skipReason;

    public MongoTestServer() => connectionString = new(FindAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server, or a skip of the calling test when there is none.</summary>
    public async Task<string> ConnectionStringOrSkipAsync()
    {
        var found = await connectionString.Value;
        if (found is null)
        {
            Assert.Skip(skipReason ?? "No MongoDB server.");
        }

        return found;
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    private async Task<string?> FindAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (await DockerEngine.WhyUnavailableAsync(TimeSpan.FromSeconds(2)) is { } why)
        {
            skipReason =
                $"No MongoDB server: {Variable} is not set and {why}. Set {Variable} to a replica set connection string " +
                "(for example mongodb://localhost:27017/?directConnection=true) or start a Docker engine to run these tests.";
            return null;
        }

        container = new MongoDbBuilder("mongo:8.0").WithReplicaSet("rs0").Build();
        using var startTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await container.StartAsync(startTimeout.Token);

        // The member announces its address inside the container; talk to the mapped port directly instead of discovering it.
        return new MongoUrlBuilder(container.GetConnectionString()) { DirectConnection = true }.ToString();
    }
}
