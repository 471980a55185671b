using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Tests;

public sealed class PluginInvokerTests
{
    private readonly PluginInvoker invoker = new(Options.Create(new HelpDeskOptions { PluginCallTimeout = TimeSpan.FromMilliseconds(200) }), NullLogger<PluginInvoker>.Instance);

    [Fact]
    public async Task A_successful_call_returns_its_value()
    {
        var result = await Invoke(_ => ValueTask.FromResult("fine"));

        Assert.True(result.Succeeded);
        Assert.Equal("fine", result.Value);
    }

    [Fact]
    public async Task An_exception_becomes_a_failed_result_with_its_message()
    {
        var result = await Invoke(_ => throw new InvalidOperationException("rule table corrupt"));

        Assert.False(result.Succeeded);
        Assert.Equal("rule table corrupt", result.Error);
        Assert.Equal("acme.test", result.PluginId);
    }

    [Fact]
    public async Task A_call_that_ignores_its_cancellation_token_is_cut_off_at_the_time_limit()
    {
        var never = new TaskCompletionSource<string>();

        var result = await Invoke(_ => new ValueTask<string>(never.Task));

        Assert.False(result.Succeeded);
        Assert.Contains("did not answer within 200 ms", result.Error);
    }

    [Fact]
    public async Task A_call_that_blocks_its_thread_before_answering_is_cut_off_at_the_time_limit()
    {
        using var released = new ManualResetEventSlim();

        var result = await Invoke(_ =>
        {
            released.Wait(TimeSpan.FromSeconds(5), CancellationToken.None);
            return ValueTask.FromResult("too late");
        });
        released.Set();

        Assert.False(result.Succeeded);
        Assert.Contains("did not answer within 200 ms", result.Error);
    }

    [Fact]
    public async Task A_call_that_fails_after_its_first_await_becomes_a_failed_result()
    {
        var result = await Invoke(async ct =>
        {
            await Task.Delay(10, ct);
            throw new InvalidOperationException("lookup service refused");
        });

        Assert.False(result.Succeeded);
        Assert.Equal("lookup service refused", result.Error);
    }

    [Fact]
    public async Task A_call_that_answers_after_its_first_await_returns_its_value()
    {
        var result = await Invoke(async ct =>
        {
            await Task.Delay(10, ct);
            return "late but in time";
        });

        Assert.Equal("late but in time", result.Value);
    }

    [Fact]
    public async Task The_caller_giving_up_is_thrown_to_the_caller_not_reported_as_a_plugin_failure()
    {
        using var callerGivesUp = new CancellationTokenSource();
        var never = new TaskCompletionSource<string>();

        var call = invoker.InvokeAsync(new ActiveComponent<object>("acme.test", new object(), null!), (_, _) => new ValueTask<string>(never.Task), callerGivesUp.Token);
        await callerGivesUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(call.AsTask);
    }

    [Fact]
    public async Task A_caller_that_has_already_given_up_does_not_call_the_plugin()
    {
        var called = false;

        var call = invoker.InvokeAsync(new ActiveComponent<object>("acme.test", new object(), null!), (_, _) => { called = true; return ValueTask.FromResult("fine"); }, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(call.AsTask);
        Assert.False(called);
    }

    [Fact]
    public async Task The_callers_async_locals_reach_the_plugin_on_its_thread()
    {
        var requestId = new AsyncLocal<string>();
        requestId.Value = "request-42";

        var result = await Invoke(_ => ValueTask.FromResult(requestId.Value ?? "lost"));

        Assert.Equal("request-42", result.Value);
    }

    [Fact]
    public async Task The_time_limits_token_reaches_the_plugin_and_fires_at_the_limit()
    {
        var cancelledByTheLimit = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        var result = await Invoke(async ct =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                cancelledByTheLimit.TrySetResult(false);
            }
            catch (OperationCanceledException)
            {
                cancelledByTheLimit.TrySetResult(true);
            }

            return "too late";
        });

        Assert.Contains("did not answer within 200 ms", result.Error);
        Assert.True(await cancelledByTheLimit.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Running_out_of_memory_is_reported_in_words()
    {
        var result = await Invoke(_ => throw new OutOfMemoryException());

        Assert.False(result.Succeeded);
        Assert.Equal("The plugin ran out of memory: it asked for more than the host's heap limit allows.", result.Error);
    }

    [Fact]
    public async Task A_plugin_input_exception_names_the_field_for_the_caller()
    {
        var result = await Invoke(_ => throw new PluginInputException("reason", "Say why the caller is put on hold."));

        Assert.Equal("reason", result.InputField);
        Assert.Equal("Say why the caller is put on hold.", result.Error);
    }

    private ValueTask<PluginCallResult<string>> Invoke(Func<CancellationToken, ValueTask<string>> body) =>
        invoker.InvokeAsync(new ActiveComponent<object>("acme.test", new object(), null!), (_, ct) => body(ct), TestContext.Current.CancellationToken);
}
