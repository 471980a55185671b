using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// One plugin call made on a thread-pool thread, so a component that blocks before its first await (sync-over-async, a
/// busy loop) cannot hold its caller. The caller's task finishes with the component's answer or, when the time limit's
/// token fires first, with an <see cref="OperationCanceledException"/>, whether or not the component ever looks at the
/// token. The execution context flows into the call (logging scopes and trace spans follow).
/// </summary>
/// <remarks>
/// One object is the work item, the awaited source and the token callback, so a call costs one allocation and one
/// thread-pool queueing; whichever of answer and time limit comes first finishes the caller, the other is ignored.
/// </remarks>
/// <typeparam name="TComponent">The kind's interface.</typeparam>
/// <typeparam name="TResult">What the call returns.</typeparam>
internal sealed class ThreadPoolCall<TComponent, TResult> : IValueTaskSource<TResult>
{
    private readonly TComponent component;
    private readonly Func<TComponent, CancellationToken, ValueTask<TResult>> call;
    private readonly CancellationToken limit;
    private ManualResetValueTaskSourceCore<TResult> caller;
    private CancellationTokenRegistration limitRegistration;
    private ConfiguredValueTaskAwaitable<TResult>.ConfiguredValueTaskAwaiter pending;
    private int finished;

    private ThreadPoolCall(TComponent component, Func<TComponent, CancellationToken, ValueTask<TResult>> call, CancellationToken limit)
    {
        this.component = component;
        this.call = call;
        this.limit = limit;
    }

    /// <summary>Queues the call and returns what the caller awaits.</summary>
    /// <param name="component">The component to call.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="limit">The time limit's token, also given to the component.</param>
    /// <returns>The component's answer, or a cancellation when the limit comes first.</returns>
    public static ValueTask<TResult> Start(TComponent component, Func<TComponent, CancellationToken, ValueTask<TResult>> call, CancellationToken limit)
    {
        var started = new ThreadPoolCall<TComponent, TResult>(component, call, limit);
        started.limitRegistration = limit.UnsafeRegister(static state => ((ThreadPoolCall<TComponent, TResult>)state!).TimedOut(), started);
        ThreadPool.QueueUserWorkItem(static state => state.Run(), started, preferLocal: true);
        return new ValueTask<TResult>(started, started.caller.Version);
    }

    /// <inheritdoc/>
    public TResult GetResult(short token) => caller.GetResult(token);

    /// <inheritdoc/>
    public ValueTaskSourceStatus GetStatus(short token) => caller.GetStatus(token);

    /// <inheritdoc/>
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        caller.OnCompleted(continuation, state, token, flags);

    private void Run()
    {
        try
        {
            limit.ThrowIfCancellationRequested();
            var answer = call(component, limit);
            if (answer.IsCompletedSuccessfully)
            {
                Answer(answer.Result);
                return;
            }

            pending = answer.ConfigureAwait(false).GetAwaiter();
            pending.UnsafeOnCompleted(AnswerWhenDone);
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    private void AnswerWhenDone()
    {
        try
        {
            Answer(pending.GetResult());
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    // Runs inside the limit's cancellation: on the timer's thread, on the caller's when it gives up, or inside Start when
    // the token was already cancelled. The caller goes on on the thread pool, and the running registration needs no removal.
    private void TimedOut()
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            caller.RunContinuationsAsynchronously = true;
            caller.SetException(new OperationCanceledException(limit));
        }
    }

    private void Answer(TResult value)
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            limitRegistration.Unregister();
            caller.SetResult(value);
        }
    }

    private void Fail(Exception error)
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            limitRegistration.Unregister();
            caller.SetException(error);
        }
    }
}
