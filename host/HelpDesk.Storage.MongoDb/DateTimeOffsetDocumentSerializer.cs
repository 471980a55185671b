using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Stores an instant as <c>{ utc: Date, utcTicks: Int64, offsetMinutes: Int32 }</c>.
/// </summary>
/// <remarks>
/// A BSON date alone keeps milliseconds and no offset; the engine's clock has 100 ns ticks and tickets keep the
/// offset they were written with. <c>utc</c> comes first so documents compare (and sort) by instant, <c>utcTicks</c>
/// breaks ties below the millisecond and makes the round trip exact, and queries use <c>utc</c> for ranges.
/// </remarks>
internal sealed class DateTimeOffsetDocumentSerializer : StructSerializerBase<DateTimeOffset>
{
    public const string UtcElement = "utc";
    public const string UtcTicksElement = "utcTicks";
    public const string OffsetMinutesElement = "offsetMinutes";

    public static DateTimeOffsetDocumentSerializer Instance { get; } = new();

    public static NullableSerializer<DateTimeOffset> Nullable { get; } = new(Instance);

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, DateTimeOffset value)
    {
        var writer = context.Writer;
        writer.WriteStartDocument();
        writer.WriteDateTime(UtcElement, BsonUtils.ToMillisecondsSinceEpoch(value.UtcDateTime));
        writer.WriteInt64(UtcTicksElement, value.UtcTicks);
        writer.WriteInt32(OffsetMinutesElement, checked((int)value.Offset.TotalMinutes));
        writer.WriteEndDocument();
    }

    public override DateTimeOffset Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        var reader = context.Reader;
        long? utcMilliseconds = null;
        long? utcTicks = null;
        int? offsetMinutes = null;

        // Read by name, not position: a document edited by hand or by another tool may order fields differently.
        reader.ReadStartDocument();
        while (reader.ReadBsonType() != BsonType.EndOfDocument)
        {
            switch (reader.ReadName())
            {
                case UtcElement:
                    utcMilliseconds = reader.ReadDateTime();
                    break;
                case UtcTicksElement:
                    utcTicks = reader.ReadInt64();
                    break;
                case OffsetMinutesElement:
                    offsetMinutes = reader.ReadInt32();
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        }

        reader.ReadEndDocument();
        if (offsetMinutes is null || (utcTicks is null && utcMilliseconds is null))
        {
            throw new FormatException(
                $"A stored instant needs '{UtcElement}' (or '{UtcTicksElement}') and '{OffsetMinutesElement}'.");
        }

        var ticks = utcTicks ?? BsonUtils.ToDateTimeFromMillisecondsSinceEpoch(utcMilliseconds!.Value).Ticks;
        var offset = TimeSpan.FromMinutes(offsetMinutes.Value);
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);
    }
}
