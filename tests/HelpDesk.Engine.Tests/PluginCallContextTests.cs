using System.Diagnostics;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Tests;

/// <summary>Where a plugin call's result is built: in the caller's context, and never lost when building it fails.</summary>
public sealed class PluginCallContextTests
{
    private static readonly AsyncLocal<string> RequestId = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_time_out_is_logged_in_the_callers_context()
    {
        var logger = new ContextRecordingLogger();
        RequestId.Value = "request-42";
        var never = new TaskCompletionSource<string>();

        var result = await Invoker(logger).InvokeAsync(Component(), (_, _) => new ValueTask<string>(never.Task), TestContext.Current.CancellationToken);

        Assert.Contains("did not answer", result.Error);
        Assert.Equal(["request-42"], logger.RequestIds);
    }

    [Fact]
    public async Task A_failure_finished_from_another_context_is_logged_in_the_callers_context()
    {
        var logger = new ContextRecordingLogger();
        RequestId.Value = "request-43";
        var answer = new TaskCompletionSource<string>();

        var call = Invoker(logger).InvokeAsync(Component(), (_, _) => new ValueTask<string>(answer.Task), TestContext.Current.CancellationToken);
        Task foreign;
        using (ExecutionContext.SuppressFlow())
        {
            foreign = Task.Run(() =>
            {
                RequestId.Value = "someone-else";
                answer.SetException(new InvalidOperationException("lookup service refused"));
            }, TestContext.Current.CancellationToken);
        }

        await foreign;
        var result = await call.AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal("lookup service refused", result.Error);
        Assert.Equal(["request-43"], logger.RequestIds);
    }

    [Fact]
    public async Task A_logger_that_throws_while_a_failure_is_recorded_is_thrown_to_the_caller()
    {
        var call = Invoker(new ThrowingLogger()).InvokeAsync<object, string>(Component(), (_, _) => throw new InvalidOperationException("rule table corrupt"), TestContext.Current.CancellationToken);

        var thrown = await Assert.ThrowsAsync<IOException>(() => call.AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("log disk full", thrown.Message);
    }

    [Fact]
    public async Task A_logger_that_throws_while_a_time_out_is_recorded_is_thrown_to_the_caller()
    {
        var never = new TaskCompletionSource<string>();

        var call = Invoker(new ThrowingLogger()).InvokeAsync(Component(), (_, _) => new ValueTask<string>(never.Task), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<IOException>(() => call.AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_caller_that_suppressed_the_flow_gets_its_answer_and_keeps_its_own_span()
    {
        using var requests = new ActivitySource("acme.suppressed");
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is HelpDeskTelemetry.Name or "acme.suppressed",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(activities);
        using var request = requests.StartActivity("request")!;
        RequestId.Value = "request-44";
        ValueTask<PluginCallResult<string>> call;
        Activity? currentAfterStart;

        using (ExecutionContext.SuppressFlow())
        {
            call = Invoker(new ContextRecordingLogger()).InvokeAsync(Component(), (_, _) => ValueTask.FromResult(RequestId.Value ?? "nothing flowed"), TestContext.Current.CancellationToken);
            currentAfterStart = Activity.Current;
        }

        var result = await call.AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal("nothing flowed", result.Value);
        Assert.Same(request, currentAfterStart);
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_go_on_inside_its_own_cancel_when_the_plugin_honours_its_token()
    {
        using var callerGivesUp = new CancellationTokenSource();
        using var insideCancel = new ThreadLocal<bool>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = Invoker(new ContextRecordingLogger()).InvokeAsync(Component(), (_, ct) =>
        {
            var stops = new TaskCompletionSource<string>();
            ct.Register(() => stops.SetCanceled(ct));
            listening.SetResult();
            return new ValueTask<string>(stops.Task);
        }, callerGivesUp.Token);
        var answer = call.AsTask();
        var wentOnInsideCancel = answer.ContinueWith(_ => insideCancel.Value, TestContext.Current.CancellationToken, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await listening.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        insideCancel.Value = true;
        callerGivesUp.Cancel();
        insideCancel.Value = false;

        Assert.False(await wentOnInsideCancel.WaitAsync(Patience, TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => answer);
    }

    private static PluginInvoker Invoker(ILogger<PluginInvoker> logger) =>
        new(Options.Create(new HelpDeskOptions { PluginCallTimeout = TimeSpan.FromMilliseconds(100) }), logger);

    private static ActiveComponent<object> Component() => new("acme.context", new object(), null!);

    private sealed class ContextRecordingLogger : ILogger<PluginInvoker>
    {
        private readonly List<string> requestIds = [];

        public IReadOnlyList<string> RequestIds
        {
            get
            {
                lock (requestIds)
                {
                    return [.. requestIds];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (requestIds)
            {
                requestIds.Add(RequestId.Value ?? "no context");
            }
        }
    }

    private sealed class ThrowingLogger : ILogger<PluginInvoker>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new IOException("log disk full");
    }
}
