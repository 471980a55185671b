using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Instants are stored as <c>{ utc, utcTicks, offsetMinutes }</c>: exact to the tick, with their offset, ordered by instant.</summary>
public sealed class DateTimeOffsetDocumentSerializerTests
{
    [Theory]
    [InlineData("2025-03-14T09:26:53.1234567+02:00")]
    [InlineData("2025-03-14T04:00:00.0000001-07:00")]
    [InlineData("2025-03-14T12:56:53.9999999+05:30")]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    public void An_instant_round_trips_to_the_tick_with_its_offset(string text)
    {
        var value = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var document = Write(value);
        var read = Read(document);

        Assert.Equal(Bson.Instant(value), document);
        Assert.Equal(value.UtcTicks, read.UtcTicks);
        Assert.Equal(value.Offset, read.Offset);
    }

    [Fact]
    public void Stored_instants_sort_by_instant_whatever_their_offsets()
    {
        var start = new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
        DateTimeOffset[] instants =
        [
            start.ToOffset(TimeSpan.FromHours(5.5)).AddTicks(2),
            start.ToOffset(TimeSpan.FromHours(-7)),
            start.ToOffset(TimeSpan.FromHours(2)).AddTicks(1),
            start.AddMilliseconds(-1).ToOffset(TimeSpan.FromHours(9)),
            start.AddHours(1).ToOffset(TimeSpan.FromHours(-12)),
        ];

        // BsonDocument compares element by element, as the server orders embedded documents.
        var byDocument = instants.OrderBy(Write, Comparer<BsonDocument>.Default).Select(i => i.UtcTicks);

        Assert.Equal(instants.Select(i => i.UtcTicks).Order(), byDocument);
    }

    [Fact]
    public void Fields_are_read_by_name_in_any_order()
    {
        var value = new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(-3)).AddTicks(77);
        var reordered = new BsonDocument { { "offsetMinutes", -180 }, { "utcTicks", value.UtcTicks }, { "utc", new BsonDateTime(value.UtcDateTime) } };

        Assert.Equal(value, Read(reordered));
        Assert.Equal(TimeSpan.FromHours(-3), Read(reordered).Offset);
    }

    [Fact]
    public void An_instant_without_its_offset_is_refused()
    {
        var document = new BsonDocument { { "utc", new BsonDateTime(DateTime.UtcNow) } };

        var failure = Assert.Throws<FormatException>(() => Read(document));

        Assert.Contains("offsetMinutes", failure.Message, StringComparison.Ordinal);
    }

    private static BsonDocument Write(DateTimeOffset value)
    {
        var document = new BsonDocument();
        using (var writer = new BsonDocumentWriter(document))
        {
            writer.WriteStartDocument();
            writer.WriteName("v");
            DateTimeOffsetDocumentSerializer.Instance.Serialize(BsonSerializationContext.CreateRoot(writer), value);
            writer.WriteEndDocument();
        }

        return document["v"].AsBsonDocument;
    }

    private static DateTimeOffset Read(BsonDocument document)
    {
        using var reader = new BsonDocumentReader(new BsonDocument("v", document));
        reader.ReadStartDocument();
        reader.ReadName();
        return DateTimeOffsetDocumentSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(reader));
    }
}
