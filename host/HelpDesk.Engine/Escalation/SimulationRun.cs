using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// One replay of a ticket's history against the escalation policies: the ticket's state moves event by event, the
/// policies are asked at each event and at the timer's checks in between, and their decisions shape the state as
/// they would have. Long quiet stretches are checked coarsely; where the policies act, the first check at which
/// they would have acted is found by bisection on copies of the plugin stores, so times are exact to the interval.
/// </summary>
internal sealed class SimulationRun(
    TicketEscalation escalation,
    IReadOnlyList<ActiveComponent<IEscalationPolicy>> policies,
    IReadOnlyList<SimulatedPluginStore> stores,
    SimulatedClock clock,
    HistoricalCounts counts,
    string timeZone,
    TimeSpan interval,
    Ticket opened)
{
    private const long ChecksPerStretch = 200;

    private readonly List<SimulatedEscalation> decisions = [];
    private readonly DateTimeOffset start = opened.CreatedAt;
    private Ticket state = opened;
    private long nextCheck = 1;

    /// <summary>Gets the decisions so far, in time order.</summary>
    public IReadOnlyList<SimulatedEscalation> Decisions => decisions;

    /// <summary>Replays events that happened at one moment, after the timer checks before it, and asks the policies once.</summary>
    public async Task ReplayAsync(IReadOnlyList<DomainEvent> moment, Ticket current, CancellationToken cancellationToken)
    {
        var at = moment[0].OccurredAt;
        await CheckUntilAsync(at, inclusive: false, cancellationToken);
        foreach (var happened in moment)
        {
            state = TicketReplay.Apply(state, happened, current);
        }

        // The host asks on every ticket write except its own escalations; labels a tagger adds ride along with another write.
        var asking = moment.FirstOrDefault(e => e is not (TicketEscalated or SurveyAnswered) && !IsTaggersLabels(e));
        if (asking is not null && await AskAsync(at, EscalationTrigger.Event, asking, cancellationToken) is { } choice)
        {
            Record(choice, EscalationTrigger.Event, asking);
        }
    }

    /// <summary>Runs the timer's checks up to a moment.</summary>
    public async Task CheckUntilAsync(DateTimeOffset until, bool inclusive, CancellationToken cancellationToken)
    {
        var span = (until - start).Ticks;
        var last = inclusive ? span / interval.Ticks : (span - 1) / interval.Ticks;
        if (span <= 0 || last < nextCheck)
        {
            return;
        }

        var step = Math.Max(1, (last - nextCheck + 1) / ChecksPerStretch);
        var quiet = nextCheck - 1;
        while (quiet < last && SimilarTickets.IsOpen(state))
        {
            var check = Math.Min(quiet + step, last);
            var before = Snapshot();
            var choice = await AskAsync(CheckTime(check), EscalationTrigger.Timer, null, cancellationToken);
            if (Acts(choice) && check - quiet > 1)
            {
                Restore(before);
                check = await FirstActingCheckAsync(quiet, check, before, cancellationToken);
                choice = await AskAsync(CheckTime(check), EscalationTrigger.Timer, null, cancellationToken);
            }

            if (Acts(choice))
            {
                Record(choice!, EscalationTrigger.Timer, null);
            }

            quiet = check;
        }

        nextCheck = last + 1;
    }

    private async Task<long> FirstActingCheckAsync(long quiet, long acting, IReadOnlyList<IReadOnlyDictionary<string, string?>> before, CancellationToken cancellationToken)
    {
        while (acting - quiet > 1)
        {
            var middle = quiet + ((acting - quiet) / 2);
            var choice = await AskAsync(CheckTime(middle), EscalationTrigger.Timer, null, cancellationToken);
            Restore(before);
            (quiet, acting) = Acts(choice) ? (quiet, middle) : (middle, acting);
        }

        return acting;
    }

    private async Task<EscalationChoice?> AskAsync(DateTimeOffset at, EscalationTrigger trigger, DomainEvent? asking, CancellationToken cancellationToken)
    {
        clock.Now = at;
        var request = new EscalationRequest
        {
            Ticket = state,
            Trigger = trigger,
            Event = asking,
            Now = at,
            TimeZone = timeZone,
            RepeatContactCount = counts.RepeatContacts(state, at),
            AssetTicketCount = counts.AssetTickets(state, at),
            SimilarOpenTicketCount = counts.SimilarOpen(state, at),
        };
        return await escalation.ChooseAsync(policies, request, cancellationToken);
    }

    private void Record(EscalationChoice choice, EscalationTrigger trigger, DomainEvent? asking)
    {
        (state, _) = escalation.Record(state, choice);
        var decision = choice.Decision;
        decisions.Add(new(choice.DecidedAt, trigger, asking?.Type, decision.Action, state.Tier, decision.Team, decision.Reason, choice.PluginId));
    }

    private static bool IsTaggersLabels(DomainEvent happened) => happened is TicketTagged tagged && tagged.Added.Any(t => t.PluginId is not null);

    private DateTimeOffset CheckTime(long check) => start + TimeSpan.FromTicks(interval.Ticks * check);

    private static bool Acts(EscalationChoice? choice) => choice is not null && choice.Decision.Action != EscalationAction.Keep;

    private List<IReadOnlyDictionary<string, string?>> Snapshot() => [.. stores.Select(s => s.Snapshot())];

    private void Restore(IReadOnlyList<IReadOnlyDictionary<string, string?>> snapshot)
    {
        for (var i = 0; i < stores.Count; i++)
        {
            stores[i].Restore(snapshot[i]);
        }
    }
}
