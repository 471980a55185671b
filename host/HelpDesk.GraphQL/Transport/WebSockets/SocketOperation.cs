using HelpDesk.Engine.Access;
using GraphQL;
using GraphQL.Transport;
using HelpDesk.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>
/// One operation a client started with <c>subscribe</c>: a subscription streams <c>next</c> messages until
/// its stream ends or the client sends <c>complete</c>; a query or mutation sends one <c>next</c>. Invalid
/// documents get an <c>error</c> message. Each operation runs in a service scope of its own, so its batch loaders
/// never serve another operation's reads on the same connection.
/// </summary>
internal sealed class SocketOperation : IObserver<ExecutionResult>
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource cancellation;
    private readonly GraphQLWebSocketConnection connection;
    private readonly Lock gate = new();
    private IDisposable? stream;
    private IAsyncDisposable? scope;
    private bool stopped;

    public SocketOperation(string id, GraphQLWebSocketConnection connection, CancellationToken connectionEnded)
    {
        Id = id;
        this.connection = connection;
        cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionEnded);
    }

    public string Id { get; }

    /// <summary>
    /// Completes once the operation no longer needs the connection to wait: a query or mutation is executing,
    /// a subscription's stream is open (so events after any later message are delivered), or it has ended.
    /// </summary>
    public Task Started => started.Task;

    /// <summary>Starts executing; returns at once.</summary>
    /// <param name="executer">The document executer.</param>
    /// <param name="request">The operation.</param>
    /// <param name="caller">Who the connection acts for.</param>
    /// <param name="services">The services of the WebSocket request, alive as long as the connection.</param>
    public void Start(IDocumentExecuter<HelpDeskSchema> executer, GraphQLRequest request, Caller caller, IServiceProvider services) =>
        _ = RunAsync(executer, request, caller, services);

    /// <summary>Stops the operation without a <c>complete</c> message (the client asked, or the connection ended).</summary>
    public void Stop()
    {
        IDisposable? toDispose;
        lock (gate)
        {
            stopped = true;
            toDispose = stream;
            stream = null;
        }

        cancellation.Cancel();
        toDispose?.Dispose();
        ReleaseScope();
    }

    void IObserver<ExecutionResult>.OnNext(ExecutionResult value) => connection.SendResult(Id, ProtocolMessageTypes.Next, value);

    void IObserver<ExecutionResult>.OnError(Exception error)
    {
        var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.", error);
        connection.SendResult(Id, ProtocolMessageTypes.Next, new ExecutionResult { Errors = [executionError] });
        Finish();
    }

    void IObserver<ExecutionResult>.OnCompleted() => Finish();

    private async Task RunAsync(IDocumentExecuter<HelpDeskSchema> executer, GraphQLRequest request, Caller caller, IServiceProvider services)
    {
        var operationScope = services.CreateAsyncScope();
        scope = operationScope;
        try
        {
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = operationScope.ServiceProvider,
                UserContext = new RequestContext { Caller = caller },
                CancellationToken = cancellation.Token,
                Listeners = { new OperationStartedListener(started) },
            });
            if (cancellation.IsCancellationRequested)
            {
                return;
            }

            if (!result.Executed)
            {
                // Parse and validation errors: the protocol's error message, and no complete after it.
                connection.SendErrors(Id, result.Errors ?? []);
                connection.Forget(this);
                ReleaseScope();
                return;
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                Subscribe(streams.Values.First());
                return;
            }

            connection.SendResult(Id, ProtocolMessageTypes.Next, result);
            Finish();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped by the client or the connection; nothing more is sent for it.
            ReleaseScope();
        }
        catch (Exception e)
        {
            connection.Logger.LogError(e, "GraphQL WebSocket operation {OperationId} failed", Id);
            connection.SendResult(Id, ProtocolMessageTypes.Next, new ExecutionResult { Errors = [new ExecutionError("The operation failed.", e)] });
            Finish();
        }
        finally
        {
            started.TrySetResult();
        }
    }

    private void Subscribe(IObservable<ExecutionResult> source)
    {
        var subscription = source.Subscribe(this);
        lock (gate)
        {
            if (!stopped)
            {
                stream = subscription;
                return;
            }
        }

        // Stopped while subscribing.
        subscription.Dispose();
    }

    private void Finish()
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            stream = null;
        }

        connection.SendComplete(Id);
        connection.Forget(this);
        ReleaseScope();
    }

    private void ReleaseScope()
    {
        if (Interlocked.Exchange(ref scope, null) is { } ending)
        {
            _ = ending.DisposeAsync().AsTask();
        }
    }
}
