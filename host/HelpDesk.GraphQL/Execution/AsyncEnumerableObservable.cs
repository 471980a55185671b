namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// Presents an asynchronous stream as the observable GraphQL.NET subscribes to. The stream is opened
/// during <see cref="Subscribe"/> (so nothing appended after that is missed) and closed when the
/// subscription is disposed.
/// </summary>
/// <typeparam name="T">The type of the stream's items.</typeparam>
/// <param name="open">Opens the stream; the token ends it.</param>
internal sealed class AsyncEnumerableObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> open) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);

        // Not disposed: a source without timers holds nothing to release, and disposing it could race a late cancel.
        var stop = new CancellationTokenSource();

        // Runs synchronously up to the stream's first wait, so the stream is open before Subscribe returns.
        _ = PumpAsync(observer, stop.Token);
        return new Unsubscriber(stop);
    }

    private async Task PumpAsync(IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in open(cancellationToken).WithCancellation(cancellationToken))
            {
                observer.OnNext(item);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: the observer asked for nothing more.
        }
        catch (Exception e)
        {
            observer.OnError(e);
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => stop.Cancel();
    }
}
