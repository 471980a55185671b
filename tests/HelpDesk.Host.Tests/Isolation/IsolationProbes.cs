namespace HelpDesk.Host.Tests.Isolation;

/// <summary>How the other organisation must be answered.</summary>
internal enum Expect
{
    /// <summary>The owner's object is not found: null, an empty list, NOT_FOUND (error or user error).</summary>
    NotFound,

    /// <summary>The field takes no id of the owner's; it works on the caller's own organisation and shows nothing of the owner's.</summary>
    OwnOrganization,
}

/// <summary>One root field tried by the other organisation: the operation, its variables given the owner's desk, and what must come back.</summary>
internal sealed record IsolationProbe(string Operation, Func<OwnerDesk, object?> Variables, Expect Expect);

/// <summary>
/// Every root field of the schema, as the other organisation tries it with the owner's ids and names. The sweep test fails
/// when schema.graphql has a root field this table lacks, so a new field is swept as soon as it exists.
/// </summary>
internal static class IsolationProbes
{
    private const string Errors = "userErrors { code }";

    public static readonly IReadOnlyDictionary<string, IsolationProbe> Queries = new Dictionary<string, IsolationProbe>
    {
        ["node"] = new("query($id: ID!) { node(id: $id) { id } }", d => new { id = d.TicketId }, Expect.NotFound),
        ["nodes"] = new("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", d => new { ids = new[] { d.TicketId, d.ContactId, d.AssetId, d.InteractionId, d.TransferRequestId, d.MessageId, d.PromiseId, d.ApiKeyId } }, Expect.NotFound),
        ["ticket"] = new("query($id: ID!) { ticket(id: $id) { id subject } }", d => new { id = d.TicketId }, Expect.NotFound),
        ["tickets"] = new("query($c: ID) { tickets(filter: { text: \"" + OwnerDesk.Secret + "\", contactId: $c }) { totalCount nodes { id } } }", d => new { c = d.ContactId }, Expect.NotFound),
        ["greeting"] = new("{ greeting(input: { agentName: \"Sam\" }) { text } }", _ => null, Expect.OwnOrganization),
        ["organization"] = new("{ organization { id name plugins { settings } } }", _ => null, Expect.OwnOrganization),
        ["contact"] = new("query($id: ID!) { contact(id: $id) { id name } }", d => new { id = d.ContactId }, Expect.NotFound),
        ["contacts"] = new("{ contacts(text: \"" + OwnerDesk.Secret + "\") { nodes { id name } } }", _ => null, Expect.NotFound),
        ["asset"] = new("query($id: ID!) { asset(id: $id) { id serialNumber } }", d => new { id = d.AssetId }, Expect.NotFound),
        ["assets"] = new("query($o: ID) { assets(ownerId: $o) { nodes { id } } a: assets(text: \"SN-" + OwnerDesk.Secret + "\") { nodes { id } } }", d => new { o = d.ContactId }, Expect.NotFound),
        ["interaction"] = new("query($id: ID!) { interaction(id: $id) { id agentId } }", d => new { id = d.InteractionId }, Expect.NotFound),
        ["holdQueue"] = new("{ holdQueue { position } }", _ => null, Expect.NotFound),
        ["metrics"] = new("query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to, breakdownBy: \"agent\") { name dimensionValue total { count } } }", _ => new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1) }, Expect.OwnOrganization),
        ["metricDefinitions"] = new("{ metricDefinitions { name } }", _ => null, Expect.OwnOrganization),
        ["apiKeys"] = new("{ apiKeys { id name } }", _ => null, Expect.OwnOrganization),
        ["auditLog"] = new("{ auditLog(first: 100) { nodes { actorKeyId actorName targetId summary } } }", _ => null, Expect.OwnOrganization),
        ["simulateEscalation"] = new("query($id: ID!) { simulateEscalation(ticketId: $id) { action reason } }", d => new { id = d.TicketId }, Expect.NotFound),
        ["reviewReply"] = new("{ reviewReply(text: \"Sorry for the wait.\") { findings { rule } } }", _ => null, Expect.OwnOrganization),
        ["transferRequests"] = new("{ transferRequests(to: \"" + OwnerDesk.Team + "\") { id summary } }", _ => null, Expect.NotFound),
        ["messages"] = new("{ messages(for: \"" + OwnerDesk.Addressee + "\") { id } }", _ => null, Expect.NotFound),
        ["overduePromises"] = new("{ overduePromises { nodes { id text } } }", _ => null, Expect.NotFound),
        ["exportDesk"] = new("{ exportDesk { deskJson } }", _ => null, Expect.OwnOrganization),
        ["plugins"] = new("{ plugins { id status } }", _ => null, Expect.OwnOrganization),
    };

    public static readonly IReadOnlyDictionary<string, IsolationProbe> Mutations = new Dictionary<string, IsolationProbe>
    {
        ["openTicket"] = Own("openTicket(input: { subject: \"Intruder ticket\" })"),
        ["updateTicket"] = OnTicket("updateTicket(input: { ticketId: $id, subject: \"hijacked\", status: RESOLVED })"),
        ["addNote"] = OnTicket("addNote(input: { ticketId: $id, text: \"hijacked\" })"),
        ["replyToTicket"] = OnTicket("replyToTicket(input: { ticketId: $id, text: \"hijacked\" })"),
        ["assignTicket"] = OnTicket("assignTicket(input: { ticketId: $id, assigneeId: \"intruder\" })"),
        ["transferTicket"] = OnTicket("transferTicket(input: { ticketId: $id, to: \"intruders\" })"),
        ["escalateTicket"] = OnTicket("escalateTicket(input: { ticketId: $id, tier: VENDOR, reason: \"hijacked\" })"),
        ["reopenTicket"] = OnTicket("reopenTicket(input: { ticketId: $id })"),
        ["tagTicket"] = OnTicket("tagTicket(input: { ticketId: $id, add: [\"hijacked\"] })"),
        ["startInteraction"] = OnTicket("startInteraction(input: { ticketId: $id, agentId: \"intruder\" })"),
        ["moveInteraction"] = On("moveInteraction(input: { interactionId: $id, step: GOODBYE })", d => d.InteractionId),
        ["holdInteraction"] = On("holdInteraction(input: { interactionId: $id, reason: \"hijacked\" })", d => d.InteractionId),
        ["resumeInteraction"] = On("resumeInteraction(input: { interactionId: $id })", d => d.InteractionId),
        ["endInteraction"] = On("endInteraction(input: { interactionId: $id })", d => d.InteractionId),
        ["resolveTicket"] = OnTicket("resolveTicket(input: { ticketId: $id })"),
        ["answerSurvey"] = On("answerSurvey(input: { token: $id, answers: [{ questionId: \"nps\", score: 0 }] })", d => d.TicketId),
        ["rebuildMetrics"] = Own("rebuildMetrics(input: { })"),
        ["enablePlugin"] = Own("enablePlugin(input: { pluginId: \"helpdesk.tagging\" })"),
        ["disablePlugin"] = Own("disablePlugin(input: { pluginId: \"helpdesk.tagging\" })"),
        ["configurePlugin"] = Own("configurePlugin(input: { pluginId: \"helpdesk.tagging\", settings: { } })"),
        ["installDesk"] = Own("installDesk(input: { package: \"bm90IGEgemlw\", dryRun: true })"),
        ["createContact"] = Own("createContact(input: { name: \"Intruder contact\" })"),
        ["eraseContact"] = On("eraseContact(input: { contactId: $id })", d => d.ContactId),
        ["updateContact"] = On("updateContact(input: { id: $id, name: \"hijacked\", email: \"x@intruder.example\" })", d => d.ContactId),
        ["createAsset"] = On("createAsset(input: { serialNumber: \"SN-INTRUDER\", ownerId: $id })", d => d.ContactId),
        ["createApiKey"] = Own("createApiKey(input: { name: \"intruder\", role: ADMIN })"),
        ["revokeApiKey"] = On("revokeApiKey(input: { id: $id })", d => d.ApiKeyId),
        ["requestTransfer"] = OnTicket("requestTransfer(input: { ticketId: $id, to: \"intruders\", from: \"x\", summary: \"x\", directNumber: \"+31201234567\" })"),
        ["acceptTransfer"] = On("acceptTransfer(input: { requestId: $id })", d => d.TransferRequestId),
        ["declineTransfer"] = On("declineTransfer(input: { requestId: $id, reason: \"no\" })", d => d.TransferRequestId),
        ["takeMessage"] = On("takeMessage(input: { ticketId: $id, callerFirstName: \"X\", callerLastName: \"Y\", for: \"x\", phone: \"+31201234567\", text: \"x\", takenBy: \"x\" })", d => d.TicketId),
        ["markMessageCalledBack"] = On("markMessageCalledBack(input: { messageId: $id, outcome: \"done\" })", d => d.MessageId),
        ["makePromise"] = OnTicket("makePromise(input: { ticketId: $id, text: \"hijacked\", dueAt: \"2099-01-01T09:00:00Z\" })"),
        ["keepPromise"] = On("keepPromise(input: { promiseId: $id })", d => d.PromiseId),
        ["breakPromise"] = On("breakPromise(input: { promiseId: $id, reason: \"no\" })", d => d.PromiseId),
    };

    /// <summary>Subscriptions the other organisation opens before the owner's desk gets busy; none may deliver anything of the owner's.</summary>
    public static readonly IReadOnlyDictionary<string, IsolationProbe> Subscriptions = new Dictionary<string, IsolationProbe>
    {
        ["ticketEvents"] = new("subscription($id: ID) { a: ticketEvents(ticketId: $id) { type ticket { subject } } }", d => new { id = d.TicketId }, Expect.NotFound),
        ["incomingTransfers"] = new("subscription { incomingTransfers(to: \"" + OwnerDesk.Team + "\") { id summary } }", _ => null, Expect.NotFound),
        ["transferOutcomes"] = new("subscription { transferOutcomes(from: \"" + OwnerDesk.Agent + "\") { id summary } }", _ => null, Expect.NotFound),
        ["queueChanged"] = new("subscription { queueChanged { position } }", _ => null, Expect.NotFound),
        ["reminders"] = new("subscription { reminders(agentId: \"" + OwnerDesk.Agent + "\") { agentId } }", _ => null, Expect.NotFound),
        ["messages"] = new("subscription { messages(for: \"" + OwnerDesk.Addressee + "\") { id } }", _ => null, Expect.NotFound),
    };

    private static IsolationProbe Own(string call) => new($"mutation {{ {call} {{ {Errors} }} }}", _ => null, Expect.OwnOrganization);

    private static IsolationProbe OnTicket(string call) => On(call, d => d.TicketId);

    private static IsolationProbe On(string call, Func<OwnerDesk, string> id) =>
        new($"mutation($id: {(call.StartsWith("answerSurvey", StringComparison.Ordinal) ? "String!" : "ID!")}) {{ {call} {{ {Errors} }} }}", d => new { id = id(d) }, Expect.NotFound);
}
