using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;
using HelpDesk.Engine.Telemetry;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// One contained plugin call. The component runs on a thread-pool thread, so one that blocks before its first await
/// (sync-over-async, a busy loop) cannot hold its caller. The caller gets the component's answer or its failure as a
/// <see cref="PluginCallResult{T}"/> or, when the time limit comes first, a time-out result, whether or not the
/// component ever looks at its token. Only the caller giving up (or a host fault while recording the result) is thrown
/// to the caller. The execution context flows into the call (logging scopes and trace spans follow), and the result is
/// built in the caller's context too, so the failure's log line carries the caller's scopes and trace whichever thread
/// answered or ran out of time.
/// </summary>
/// <remarks>
/// One object is the work item, the awaited source and the time limit's callback, and it builds the result itself, so
/// a call costs one thread-pool queueing and no async method of its own. Whichever of answer and time limit comes
/// first finishes the caller; the other is ignored. A host fault while building the result (a logger or a listener
/// that throws) reaches the caller rather than being lost on a thread-pool thread.
/// </remarks>
/// <typeparam name="TComponent">The kind's interface.</typeparam>
/// <typeparam name="TResult">What the call returns.</typeparam>
internal sealed class PluginCall<TComponent, TResult> : IValueTaskSource<PluginCallResult<TResult>>, IThreadPoolWorkItem
{
    private static readonly ContextCallback RunInContext = static state => ((PluginCall<TComponent, TResult>)state!).Run();
    private static readonly ContextCallback AnswerPendingInContext = static state => ((PluginCall<TComponent, TResult>)state!).AnswerPending();
    private static readonly ContextCallback StartSpanInContext = static state => ((PluginCall<TComponent, TResult>)state!).StartSpanAndCapture();
    private static readonly ContextCallback TimeOutInContext = static state => ((PluginCall<TComponent, TResult>)state!).Complete(false, default, new TimeoutException());

    // The trace span's name of a call to one kind of component, made once.
    private static readonly string CallName = "plugin.call " + typeof(TComponent).Name;

    private readonly PluginInvoker invoker;
    private readonly ActiveComponent<TComponent> component;
    private readonly Func<TComponent, CancellationToken, ValueTask<TResult>> call;
    private readonly CancellationToken callerToken;
    private readonly CancellationTokenSource limit;
    private readonly CancellationToken limitToken;
    private readonly long started;
    private Activity? activity;
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
        limitToken = limit.Token;
        started = Stopwatch.GetTimestamp();
    }

    /// <summary>Queues the call and returns what the caller awaits.</summary>
    /// <param name="invoker">Turns answers and failures into results.</param>
    /// <param name="component">The component and its context.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="callerToken">The caller giving up; the component's token is cancelled with it.</param>
    /// <returns>The result, or a cancellation when the caller gives up; await it once.</returns>
    public static ValueTask<PluginCallResult<TResult>> Start(PluginInvoker invoker, ActiveComponent<TComponent> component, Func<TComponent, CancellationToken, ValueTask<TResult>> call, CancellationToken callerToken)
    {
        var started = new PluginCall<TComponent, TResult>(invoker, component, call, callerToken);
        var callers = ExecutionContext.Capture();
        if (!HelpDeskTelemetry.Source.HasListeners())
        {
            started.context = callers;
        }
        else if (callers is null)
        {
            // The caller suppressed the flow: nothing flows into the call, and the span is not made current anywhere.
            var outer = Activity.Current;
            started.StartSpan();
            Activity.Current = outer;
        }
        else
        {
            // The span is started in a copy of the caller's context: it is current inside the call, and the caller's
            // own context is left as it was.
            ExecutionContext.Run(callers, StartSpanInContext, started);
        }

        started.limit.CancelAfter(invoker.CallTimeout);
        started.limitToken.UnsafeRegister(static state => ((PluginCall<TComponent, TResult>)state!).LimitReached(), started);
        ThreadPool.UnsafeQueueUserWorkItem(started, preferLocal: true);
        return new ValueTask<PluginCallResult<TResult>>(started, started.caller.Version);
    }

    /// <inheritdoc/>
    public PluginCallResult<TResult> GetResult(short token) => caller.GetResult(token);

    /// <inheritdoc/>
    public ValueTaskSourceStatus GetStatus(short token) => caller.GetStatus(token);

    /// <inheritdoc/>
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        caller.OnCompleted(continuation, state, token, flags);

    /// <inheritdoc/>
    void IThreadPoolWorkItem.Execute() => InCallersContext(RunInContext);

    private void StartSpan()
    {
        activity = HelpDeskTelemetry.Source.StartActivity(CallName);
        activity?.SetTag("helpdesk.plugin.id", component.PluginId);
    }

    private void StartSpanAndCapture()
    {
        StartSpan();
        context = ExecutionContext.Capture();
    }

    private void InCallersContext(ContextCallback work)
    {
        if (context is null)
        {
            work(this);
        }
        else
        {
            ExecutionContext.Run(context, work, this);
        }
    }

    private void Run()
    {
        if (limitToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            pending = call(component.Component, limitToken).ConfigureAwait(false).GetAwaiter();
        }
        catch (Exception e)
        {
            Finish(false, default, e);
            return;
        }

        if (pending.IsCompleted)
        {
            AnswerPending();
            return;
        }

        pending.UnsafeOnCompleted(() => InCallersContext(AnswerPendingInContext));
    }

    private void AnswerPending()
    {
        TResult value;
        try
        {
            value = pending.GetResult();
        }
        catch (Exception e)
        {
            Finish(false, default, e);
            return;
        }

        Finish(true, value, null);
    }

    private void Finish(bool answered, TResult? value, Exception? failure)
    {
        // Once the limit is cancelled its callback is sure to run and finishes the call on the thread pool. A component
        // that honours its token answers from inside that cancellation (its callback runs first), on the timer's thread
        // or the thread of a caller giving up: it must not finish the call there.
        if (limitToken.IsCancellationRequested)
        {
            return;
        }

        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            Complete(answered, value, failure);
        }
    }

    // Runs inside the limit's cancellation: on the timer's thread, on the thread of a caller giving up, or inside Start
    // when the caller had already given up. The result is built on the thread pool in the caller's context instead, and
    // the caller goes on from there.
    private void LimitReached()
    {
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.InCallersContext(TimeOutInContext), this, preferLocal: false);
        }
    }

    // Exactly one of answer, failure and time limit gets here. The caller giving up is thrown to the caller, not reported
    // as the plugin's failure; a fault while building the result is thrown too, so the caller is never left waiting.
    private void Complete(bool answered, TResult? value, Exception? failure)
    {
        PluginCallResult<TResult>? result = null;
        Exception? fault = null;
        try
        {
            if (answered)
            {
                result = invoker.Answered(component, value!, activity, started);
            }
            else if (!callerToken.IsCancellationRequested)
            {
                result = invoker.Failed<TComponent, TResult>(component, failure!, activity, started);
            }
        }
        catch (Exception e)
        {
            fault = e;
        }

        try
        {
            activity?.Dispose();
            limit.Dispose();
        }
        catch (Exception e)
        {
            fault ??= e;
        }

        if (fault is not null)
        {
            caller.SetException(fault);
        }
        else if (result is null)
        {
            caller.SetException(new OperationCanceledException(callerToken));
        }
        else
        {
            caller.SetResult(result);
        }
    }
}
