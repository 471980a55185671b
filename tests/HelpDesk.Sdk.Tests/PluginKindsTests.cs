using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Review;
using HelpDesk.Sdk.Surveys;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Sdk.Tests;

public sealed class PluginKindsTests
{
    [Fact]
    public void Every_kind_maps_to_its_component_interface()
    {
        Assert.Equal(typeof(IGreetingScript), PluginKinds.ComponentInterfaces[PluginKinds.GreetingScripts]);
        Assert.Equal(typeof(IEscalationPolicy), PluginKinds.ComponentInterfaces[PluginKinds.Escalation]);
        Assert.Equal(typeof(ITagger), PluginKinds.ComponentInterfaces[PluginKinds.Tagging]);
        Assert.Equal(typeof(IMetricSource), PluginKinds.ComponentInterfaces[PluginKinds.Metrics]);
        Assert.Equal(typeof(ISurveyPolicy), PluginKinds.ComponentInterfaces[PluginKinds.Surveys]);
        Assert.Equal(typeof(IReplyReviewer), PluginKinds.ComponentInterfaces[PluginKinds.ReplyReview]);
        Assert.Equal(6, PluginKinds.ComponentInterfaces.Count);
    }

    [Fact]
    public void Of_names_every_kind_a_component_type_provides()
    {
        Assert.Equal([PluginKinds.Tagging], PluginKinds.Of(typeof(OnlyTagger)));
        Assert.Equal([PluginKinds.Escalation, PluginKinds.Surveys], PluginKinds.Of(typeof(PolicyAndSurvey)));
        Assert.Empty(PluginKinds.Of(typeof(string)));
    }

    private sealed class OnlyTagger : ITagger
    {
        public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    private sealed class PolicyAndSurvey : IEscalationPolicy, ISurveyPolicy
    {
        public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public ValueTask<SurveyDefinition?> PlanAsync(SurveyRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public ValueTask<SurveyScore> ScoreAsync(Domain.SurveyResponse response, IPluginContext context, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
