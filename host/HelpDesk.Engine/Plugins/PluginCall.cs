using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;
using HelpDesk.Engine.Telemetry;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// One contained plugin call. The component runs on a thread-pool thread, so one that blocks before its first await
/// (sync-over-async, a busy loop) cannot hold its caller. The caller gets the component's answer or its failure as a
/// <see cref="PluginCallResult{T}"/> or, when the time limit comes first, a time-out result, whether or not the
/// component ever looks at its token. Only the caller giving up is thrown to the caller. The execution context flows
/// into the call (logging scopes and trace spans follow).
/// </summary>
/// <remarks>
/// One object is the work item, the awaited source and the time limit's callback, and it builds the result itself, so
/// a call costs one thread-pool queueing and no async method of its own. Whichever of answer and time limit comes
/// first finishes the caller; the other is ignored.
/// </remarks>
/// <typeparam name="TComponent">The kind's interface.</typeparam>
/// <typeparam name="TResult">What the call returns.</typeparam>
internal sealed class PluginCall<TComponent, TResult> : IValueTaskSource<PluginCallResult<TResult>>, IThreadPoolWorkItem
{
    private readonly PluginInvoker invoker;
    private readonly ActiveComponent<TComponent> component;
    private readonly Func<TComponent, CancellationToken, ValueTask<TResult>> call;
    private readonly CancellationToken callerToken;
    private readonly CancellationTokenSource limit;
    private readonly Activity? activity;
    private readonly long started;
    private ExecutionContext? context;
    private ManualResetValueTaskSourceCore<PluginCallResult<TResult>> caller;
    private ConfiguredValueTaskAwaitable<TResult>.ConfiguredValueTaskAwaiter pending;
    private int finished;

    private PluginCall(PluginInvoker invoker, ActiveComponent<TComponent> component, Func<TComponent, CancellationToken, ValueTask<TResult>> call, CancellationToken callerToken)
    {
        this.invoker = invoker;
        this.component = component;
        this.call = call;
        this.callerToken = callerToken;
        limit = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken) : new CancellationTokenSource();
        activity = HelpDeskTelemetry.Source.StartActivity(CallName.Value);
        activity?.SetTag("helpdesk.plugin.id", component.PluginId);
        started = Stopwatch.GetTimestamp();
    }

    /// <summary>Queues the call and returns what the caller awaits.</summary>
    /// <param name="invoker">Turns answers and failures into results.</param>
    /// <param name="component">The component and its context.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="callerToken">The caller giving up; the component's token is cancelled with it.</param>
    /// <returns>The result, or a cancellation when the caller gives up.</returns>
    public static ValueTask<PluginCallResult<TResult>> Start(PluginInvoker invoker, ActiveComponent<TComponent> component, Func<TComponent, CancellationToken, ValueTask<TResult>> call, CancellationToken callerToken)
    {
        var outer = Activity.Current;
        var started = new PluginCall<TComponent, TResult>(invoker, component, call, callerToken);
        started.context = ExecutionContext.Capture();
        if (started.activity is not null)
        {
            // The span belongs to the call (it flows into it), not to the caller's code that goes on meanwhile.
            Activity.Current = outer;
        }

        started.limit.CancelAfter(invoker.CallTimeout);
        started.limit.Token.UnsafeRegister(static state => ((PluginCall<TComponent, TResult>)state!).LimitReached(), started);
        ThreadPool.UnsafeQueueUserWorkItem(started, preferLocal: true);
        return new ValueTask<PluginCallResult<TResult>>(started, started.caller.Version);
    }

    /// <inheritdoc/>
    public PluginCallResult<TResult> GetResult(short token)
    {
        try
        {
            return caller.GetResult(token);
        }
        finally
        {
            // The time limit's timer goes with the call; a component still running after a time-out keeps its token.
            limit.Dispose();
        }
    }

    /// <inheritdoc/>
    public ValueTaskSourceStatus GetStatus(short token) => caller.GetStatus(token);

    /// <inheritdoc/>
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        caller.OnCompleted(continuation, state, token, flags);

    /// <inheritdoc/>
    void IThreadPoolWorkItem.Execute()
    {
        if (context is null)
        {
            Run();
        }
        else
        {
            ExecutionContext.Run(context, static state => ((PluginCall<TComponent, TResult>)state!).Run(), this);
        }
    }

    private void Run()
    {
        if (limit.IsCancellationRequested)
        {
            return;
        }

        try
        {
            var answer = call(component.Component, limit.Token);
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

    private void Answer(TResult value)
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            Finish(invoker.Answered(component, value, activity, started));
        }
    }

    private void Fail(Exception error)
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            Finish(callerToken.IsCancellationRequested ? null : invoker.Failed<TComponent, TResult>(component, error, activity, started));
        }
    }

    // Runs inside the limit's cancellation: on the timer's thread, on the thread of a caller giving up, or inside Start
    // when the caller had already given up. The result is built and the caller goes on on the thread pool instead.
    private void LimitReached()
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            caller.RunContinuationsAsynchronously = true;
            ThreadPool.UnsafeQueueUserWorkItem(
                static state => state.Finish(state.callerToken.IsCancellationRequested ? null : state.invoker.Failed<TComponent, TResult>(state.component, new TimeoutException(), state.activity, state.started)),
                this,
                preferLocal: false);
        }
    }

    // A null result means the caller gave up: that is thrown to the caller, not reported as the plugin's failure.
    private void Finish(PluginCallResult<TResult>? result)
    {
        activity?.Dispose();
        if (result is null)
        {
            caller.SetException(new OperationCanceledException(callerToken));
        }
        else
        {
            caller.SetResult(result);
        }
    }

    /// <summary>The trace span's name of a call to one kind of component, made once.</summary>
    private static class CallName
    {
        public static readonly string Value = "plugin.call " + typeof(TComponent).Name;
    }
}
