using GraphQL.Execution;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>
/// Tells the connection when a query or mutation has passed validation and begun executing, so the
/// connection can read the next message while it runs. Subscriptions are reported by the operation
/// itself, once their stream is open.
/// </summary>
internal sealed class OperationStartedListener(TaskCompletionSource started) : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation != OperationType.Subscription)
        {
            started.TrySetResult();
        }

        return Task.CompletedTask;
    }
}
