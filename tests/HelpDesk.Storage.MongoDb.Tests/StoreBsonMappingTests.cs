using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The store's class maps are registered once, for every stored type, and are the ones the driver uses.</summary>
public sealed class StoreBsonMappingTests
{
    [Fact]
    public void Every_stored_type_is_mapped_by_the_store_itself()
    {
        Type[] stored =
        [
            typeof(Ticket), typeof(Tag), typeof(EscalationState), typeof(Organization), typeof(DeskConfiguration), typeof(PluginActivation),
            typeof(Contact), typeof(Asset), typeof(Note), typeof(ApiKeyRecord),
            typeof(DomainEvent), typeof(SurveyResponse), typeof(SurveyAnswer),
            typeof(HelpDesk.Engine.Storage.SurveyInvitation), typeof(HelpDesk.Sdk.Surveys.SurveyDefinition), typeof(HelpDesk.Sdk.Surveys.SurveyQuestion),
            typeof(Interaction), typeof(InteractionStepEntry), typeof(InteractionHold),
            typeof(Promise),
            typeof(TransferRequest), typeof(CallerMessage),
            typeof(HelpDesk.Engine.Audit.AuditEntry),
            .. SampleEvents.All().Select(e => e.GetType()),
        ];

        var maps = StoreBsonMapping.ClassMaps;

        Assert.Equal(stored.OrderBy(t => t.Name), maps.Select(m => m.ClassType).OrderBy(t => t.Name));
        Assert.All(maps, map => Assert.Same(map, BsonClassMap.LookupClassMap(map.ClassType)));
    }

    [Fact]
    public void Event_types_are_told_apart_by_their_type_name()
    {
        var discriminators = StoreBsonMapping.ClassMaps
            .Where(m => m.ClassType.IsSubclassOf(typeof(DomainEvent)))
            .ToDictionary(m => m.ClassType, m => m.Discriminator);

        Assert.All(SampleEvents.All(), e => Assert.Equal(e.Type, discriminators[e.GetType()]));
    }

    [Fact]
    public async Task Registering_from_many_threads_at_once_registers_once()
    {
        var registered = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => StoreBsonMapping.ClassMaps, TestContext.Current.CancellationToken)));

        Assert.All(registered, maps => Assert.Same(registered[0], maps));
    }
}
