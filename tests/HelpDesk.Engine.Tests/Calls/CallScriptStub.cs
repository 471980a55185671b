using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests.Calls;

/// <summary>A greeting script whose one line names the moment, the agent, the caller and the reason, so tests can see what it was asked.</summary>
internal sealed class CallScriptStub : IGreetingScript
{
    public ValueTask<Script?> RenderAsync(ScriptRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Script?>(new Script
        {
            Moment = request.Moment,
            Language = request.Language,
            Lines = [$"{request.Moment}: {request.AgentName} to {request.CallerName ?? "caller"}{(request.Values.TryGetValue("reason", out var reason) ? $" ({reason})" : "")}"],
        });
}
