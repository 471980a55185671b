using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing.Tests.Fixtures;

public sealed partial class SampleTagger(ILabelFormatter formatter, ILogger<SampleTagger> logger, TimeProvider clock) : ITagger
{
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        var label = context.Settings.Get("label", "unset");
        LogTagging(logger, request.Ticket.Number, label);
        context.Logger.LogInformation("Context logger used for {Organization}", context.OrganizationId);
        var proposal = new TagProposal { Name = formatter.Format(label), Reason = $"tagged at {clock.GetUtcNow():HH:mm}" };
        return ValueTask.FromResult<IReadOnlyList<TagProposal>>([proposal]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tagging ticket {Number} with {Label}")]
    private static partial void LogTagging(ILogger logger, long number, string label);
}
