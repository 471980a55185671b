namespace HelpDesk.Host.Tests;

/// <summary>Waits for something a running host does in the background (a log line, an export) to be seen.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it gives a value, failing with <paramref name="failure"/> after <paramref name="seconds"/>.</summary>
    public static async Task<T> FoundAsync<T>(Func<T?> probe, int seconds, Func<string> failure)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
