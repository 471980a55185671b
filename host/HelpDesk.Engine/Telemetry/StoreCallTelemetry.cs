using System.Diagnostics;

namespace HelpDesk.Engine.Telemetry;

/// <summary>
/// Times one call into a store: a <c>store.call</c> span (when something listens) and a point in
/// <see cref="HelpDeskTelemetry.StoreCallDuration"/>. When nothing listens, starting one costs a couple of checks.
/// </summary>
public readonly struct StoreCallTelemetry
{
    private readonly Activity? activity;
    private readonly string? store;
    private readonly string? operation;
    private readonly long started;

    private StoreCallTelemetry(Activity? activity, string store, string operation)
    {
        this.activity = activity;
        this.store = store;
        this.operation = operation;
        started = Stopwatch.GetTimestamp();
    }

    /// <summary>Gets whether anything listens to store calls; check it before building an operation name.</summary>
    public static bool Enabled => HelpDeskTelemetry.Source.HasListeners() || HelpDeskTelemetry.StoreCallDuration.Enabled;

    /// <summary>Starts timing a call, if anything listens.</summary>
    /// <param name="store">The store's name, such as <c>embedded</c>.</param>
    /// <param name="operation">What is called, such as <c>SqliteTicketStore.GetAsync</c>.</param>
    /// <returns>The call to finish with <see cref="Finish"/>.</returns>
    public static StoreCallTelemetry Start(string store, string operation)
    {
        if (!Enabled)
        {
            return default;
        }

        var activity = HelpDeskTelemetry.Source.StartActivity("store.call " + operation, ActivityKind.Client);
        activity?.SetTag("db.system", store);
        activity?.SetTag("db.operation", operation);
        return new StoreCallTelemetry(activity, store, operation);
    }

    /// <summary>Records the call's duration and outcome and ends its span.</summary>
    /// <param name="failure">What went wrong, or null when the call succeeded.</param>
    public void Finish(Exception? failure = null)
    {
        if (store is null)
        {
            return;
        }

        var outcome = failure is null ? "ok" : "error";
        HelpDeskTelemetry.StoreCallDuration.Record(
            Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            new TagList { { "helpdesk.store", store }, { "operation", operation }, { "outcome", outcome } });
        if (activity is not null)
        {
            activity.SetTag("outcome", outcome);
            if (failure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            }

            activity.Dispose();
        }
    }
}
