using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.GraphQL.Tests;

/// <summary>Counts the calls made to a real store port, by method name, without changing what the store does.</summary>
public sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    public int this[string method] => calls.GetValueOrDefault(method);

    public int Total => calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(calls);

    /// <summary>The calls made since a snapshot, by method, leaving out methods not called.</summary>
    public IReadOnlyDictionary<string, int> Since(IReadOnlyDictionary<string, int> snapshot) =>
        calls.Select(c => (c.Key, Count: c.Value - snapshot.GetValueOrDefault(c.Key)))
            .Where(c => c.Count > 0)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Count);

    /// <summary>Replaces the registration of <typeparamref name="TPort"/> with a counting wrapper around the same implementation.</summary>
    public void Wrap<TPort>(IServiceCollection services)
        where TPort : class
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(TPort));
        var implementation = descriptor.ImplementationType ?? throw new InvalidOperationException($"{typeof(TPort).Name} is not registered by type.");
        services.Remove(descriptor);
        services.AddSingleton(implementation);
        services.AddSingleton(sp =>
        {
            var proxy = DispatchProxy.Create<TPort, CountingProxy>();
            ((CountingProxy)(object)proxy).Attach(sp.GetRequiredService(implementation), this);
            return proxy;
        });
    }

    private void Count(string method) => calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    /// <summary>The proxy; public because DispatchProxy needs to derive from it.</summary>
    public class CountingProxy : DispatchProxy
    {
        private object? target;
        private CallCounter? counter;

        internal void Attach(object inner, CallCounter owner) => (target, counter) = (inner, owner);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            counter!.Count(targetMethod!.Name);
            try
            {
                return targetMethod.Invoke(target, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
