using HelpDesk.Sdk.Domain;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class OverduePromiseTests
{
    [Fact]
    public async Task An_overdue_promise_alerts_a_supervisor_once_and_a_second_one_alerts_again()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).Build();

        var none = await harness.EvaluateAsync(ticket);
        var first = await harness.EvaluateAsync(ticket, overduePromises: 1);
        var same = await harness.EvaluateAsync(ticket, overduePromises: 1);
        var second = await harness.EvaluateAsync(ticket, overduePromises: 2);

        Assert.Equal(EscalationAction.Keep, none.Action);
        Assert.Equal(EscalationAction.AlertSupervisor, first.Action);
        Assert.Equal("1 promise made to the caller is past the due time: a supervisor is alerted so the caller hears from the desk now.", first.Reason);
        Assert.Equal(EscalationAction.Keep, same.Action);
        Assert.Equal(EscalationAction.AlertSupervisor, second.Action);
        Assert.StartsWith("2 promises made to the caller are past the due time", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_can_turn_the_alert_off()
    {
        using var harness = Start("""{"alertSupervisorOnOverduePromise": false}""");
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).Build();

        var decision = await harness.EvaluateAsync(ticket, overduePromises: 1);

        Assert.Equal(EscalationAction.Keep, decision.Action);
    }
}
