using System.Runtime.CompilerServices;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// An awaitable that always moves the rest of an async method to the thread pool (with the execution context, so
/// logging scopes and trace spans follow), whatever synchronisation context or task scheduler the caller runs under.
/// </summary>
internal sealed class ThreadPoolHop : ICriticalNotifyCompletion
{
    public static readonly ThreadPoolHop Instance = new();

    private ThreadPoolHop()
    {
    }

    public bool IsCompleted => false;

    public ThreadPoolHop GetAwaiter() => this;

    public void GetResult()
    {
    }

    public void OnCompleted(Action continuation) => ThreadPool.QueueUserWorkItem(static c => c(), continuation, preferLocal: true);

    public void UnsafeOnCompleted(Action continuation) => ThreadPool.UnsafeQueueUserWorkItem(static c => c(), continuation, preferLocal: true);
}
