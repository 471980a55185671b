using System.Linq.Expressions;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Maps one member with everything pinned that the store relies on: its element name, whether it must be present, its serializer.</summary>
internal static class ClassMapExtensions
{
    /// <param name="map">The class map.</param>
    /// <param name="member">The property.</param>
    /// <param name="elementName">The element name, spelled out rather than left to a naming convention.</param>
    /// <param name="required">
    /// Whether a document must contain the element: true for <c>required</c> properties, so a document missing one
    /// fails to read instead of leaving a non-nullable property null.
    /// </param>
    /// <param name="serializer">The serializer, when the driver's default is not the stored form.</param>
    public static BsonMemberMap Map<TClass, TMember>(
        this BsonClassMap<TClass> map,
        Expression<Func<TClass, TMember>> member,
        string elementName,
        bool required = false,
        IBsonSerializer? serializer = null)
    {
        var memberMap = map.MapProperty(member).SetElementName(elementName).SetIsRequired(required).SetIgnoreIfNull(false);
        return serializer is null ? memberMap : memberMap.SetSerializer(serializer);
    }
}
