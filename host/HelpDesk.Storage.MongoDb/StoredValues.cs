using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The serializers the class maps pin for values whose driver default is not what the store wants.</summary>
internal static class StoredValues
{
    /// <summary>Enums by name: readable in the shell, and a reordered enum cannot change what old documents mean.</summary>
    public static EnumSerializer<T> EnumByName<T>()
        where T : struct, Enum => new(BsonType.String);

    /// <summary>An optional enum by name; absent values are stored as <c>null</c>.</summary>
    public static NullableSerializer<T> NullableEnumByName<T>()
        where T : struct, Enum => new(EnumByName<T>());

    /// <summary>The text an enum is stored as, for filters; the same as <see cref="EnumByName{T}"/> writes.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString();

    /// <summary>A read-only list as a BSON array, read back into a <see cref="List{T}"/>; items use their registered class map.</summary>
    public static IBsonSerializer<IReadOnlyList<T>> List<T>() =>
        new ImpliedImplementationInterfaceSerializer<IReadOnlyList<T>, List<T>>(new EnumerableInterfaceImplementerSerializer<List<T>, T>());
}
