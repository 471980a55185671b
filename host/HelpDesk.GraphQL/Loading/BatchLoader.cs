using GraphQL.DataLoader;

namespace HelpDesk.GraphQL.Loading;

/// <summary>
/// Collects the keys that sibling resolvers ask for and fetches them in one store call. GraphQL.NET
/// resolves every <see cref="IDataLoaderResult"/> of a level only after the whole level has been
/// visited, so a page of 100 tickets asking for their contacts costs one contact query, not 100.
/// One instance lives for one request; what it fetched is reused for the rest of the request.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The loaded value type.</typeparam>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TValue> loaded = [];
    private readonly HashSet<TKey> pending = [];
    private Task? inFlight;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!loaded.ContainsKey(key))
            {
                pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (gate)
            {
                if (loaded.TryGetValue(key, out var value))
                {
                    return value;
                }

                if (!pending.Contains(key) && inFlight is null)
                {
                    return default;
                }

                inFlight ??= FetchPendingAsync(cancellationToken);
                wait = inFlight;
            }

            await wait;
        }
    }

    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (gate)
        {
            keys = [.. pending];
            pending.Clear();
        }

        try
        {
            var values = await fetch(keys, cancellationToken);
            lock (gate)
            {
                foreach (var (key, value) in values)
                {
                    loaded[key] = value;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                inFlight = null;
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
