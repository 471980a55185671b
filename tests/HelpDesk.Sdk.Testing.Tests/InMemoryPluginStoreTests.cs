namespace HelpDesk.Sdk.Testing.Tests;

public sealed class InMemoryPluginStoreTests
{
    private static readonly CancellationToken Cancel = CancellationToken.None;
    private readonly InMemoryPluginStore store = new();

    [Fact]
    public async Task Values_are_written_read_replaced_and_deleted()
    {
        await store.SetAsync("last-run", "09:00", Cancel);
        await store.SetAsync("last-run", "10:00", Cancel);

        Assert.Equal("10:00", await store.GetAsync("last-run", Cancel));
        Assert.Equal(new Dictionary<string, string> { ["last-run"] = "10:00" }, store.Values);
        Assert.True(await store.DeleteAsync("last-run", Cancel));
        Assert.False(await store.DeleteAsync("last-run", Cancel));
        Assert.Null(await store.GetAsync("last-run", Cancel));
    }

    [Fact]
    public async Task Keys_and_values_over_the_contract_limits_are_refused_as_the_host_would()
    {
        var longKey = new string('k', InMemoryPluginStore.MaxKeyLength + 1);
        var longValue = new string('v', InMemoryPluginStore.MaxValueLength + 1);

        var keyError = await Assert.ThrowsAsync<ArgumentException>(async () => await store.SetAsync(longKey, "x", Cancel));
        var valueError = await Assert.ThrowsAsync<ArgumentException>(async () => await store.SetAsync("k", longValue, Cancel));

        Assert.Contains("at most 200", keyError.Message);
        Assert.Contains("at most 65536", valueError.Message);
        Assert.Empty(store.Values);
    }
}
