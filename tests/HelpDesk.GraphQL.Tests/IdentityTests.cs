using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Tests;

public sealed class IdentityTests
{
    [Fact]
    public void A_global_id_round_trips_and_hides_its_parts()
    {
        var id = GlobalId.Encode("Ticket", "0192f7a1");

        Assert.DoesNotContain("Ticket", id);
        Assert.True(GlobalId.TryDecode(id, out var type, out var entity));
        Assert.Equal(("Ticket", "0192f7a1"), (type, entity));
        Assert.Equal("0192f7a1", GlobalId.DecodeFor("Ticket", id));
        Assert.Null(GlobalId.DecodeFor("Contact", id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("VGlja2V0")]
    [InlineData("OnRpY2tldA")]
    public void Malformed_global_ids_decode_to_nothing(string id) => Assert.False(GlobalId.TryDecode(id, out _, out _));

    [Fact]
    public void A_cursor_round_trips_a_ticket_number()
    {
        Assert.True(Cursor.TryReadNumber(Cursor.FromNumber(1042), out var number));
        Assert.Equal(1042, number);
    }

    [Theory]
    [InlineData("bm90LWEtY3Vyc29y")]
    [InlineData("bjotNQ")]
    [InlineData("***")]
    public void Forged_cursors_are_not_read(string cursor) => Assert.False(Cursor.TryReadNumber(cursor, out _));
}
