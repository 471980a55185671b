using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Registers the store's class maps with the driver, once per process and before anything is read or written.
/// </summary>
/// <remarks>
/// The driver keeps class maps in a process-wide registry and never replaces one. If something else mapped a help desk
/// type first (or let the driver auto-map it), the stored format would silently be theirs, so that is refused loudly.
/// </remarks>
internal static class StoreBsonMapping
{
    // Lazy runs the registration once even when several stores are built at the same time, and rethrows its failure to every caller.
    private static readonly Lazy<IReadOnlyList<BsonClassMap>> Registered = new(RegisterAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the maps the store registered, leaves first.</summary>
    public static IReadOnlyList<BsonClassMap> ClassMaps => Registered.Value;

    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>The serializer for a stored type, after making sure the store's maps are the registered ones.</summary>
    public static IBsonSerializer<T> Serializer<T>()
    {
        EnsureRegistered();
        return BsonSerializer.LookupSerializer<T>();
    }

    /// <summary>Writes a value with the store's map for <typeparamref name="T"/> (for events: the base type, so the discriminator is written).</summary>
    public static BsonDocument ToDocument<T>(T value) => value.ToBsonDocument(Serializer<T>());

    public static T FromDocument<T>(BsonDocument document)
    {
        using var reader = new BsonDocumentReader(document);
        return Serializer<T>().Deserialize(BsonDeserializationContext.CreateRoot(reader));
    }

    private static IReadOnlyList<BsonClassMap> RegisterAll()
    {
        var domainEvent = EventClassMaps.DomainEvent();

        // Leaves before the maps that contain them; a base map before the maps that extend it.
        List<BsonClassMap> maps =
        [
            TicketClassMaps.Tag(),
            TicketClassMaps.EscalationState(),
            TicketClassMaps.Ticket(),
            DeskClassMaps.Organization(),
            DeskClassMaps.PluginActivation(),
            DeskClassMaps.DeskConfiguration(),
            DirectoryClassMaps.Contact(),
            DirectoryClassMaps.Asset(),
            NoteClassMaps.Note(),
            ApiKeyClassMaps.ApiKeyRecord(),
            EventClassMaps.SurveyAnswer(),
            EventClassMaps.SurveyResponse(),
            SurveyClassMaps.SurveyQuestion(),
            SurveyClassMaps.SurveyDefinition(),
            SurveyClassMaps.SurveyInvitation(),
            InteractionClassMaps.StepEntry(),
            InteractionClassMaps.Hold(),
            InteractionClassMaps.Interaction(),
            PromiseClassMaps.Promise(),
            TransferClassMaps.TransferRequest(),
            MessageClassMaps.CallerMessage(),
            AuditClassMaps.AuditEntry(),
            domainEvent,
            .. EventClassMaps.Subtypes(domainEvent),
        ];

        foreach (var map in maps)
        {
            if (BsonClassMap.IsClassMapRegistered(map.ClassType))
            {
                throw AlreadyMapped(map.ClassType);
            }

            try
            {
                BsonClassMap.RegisterClassMap(map);
            }
            catch (ArgumentException exception)
            {
                // Another thread outside the store registered the type between the check and the registration.
                throw AlreadyMapped(map.ClassType, exception);
            }
        }

        foreach (var map in maps)
        {
            map.Freeze();
        }

        return maps;
    }

    private static InvalidOperationException AlreadyMapped(Type type, Exception? cause = null) => new(
        $"A BSON class map for {type.FullName} was registered before the MongoDB store registered its own, so documents would not " +
        "have the store's format. Do not map help desk types elsewhere, and do not serialize them with the MongoDB driver before " +
        "the store is created.",
        cause);
}
