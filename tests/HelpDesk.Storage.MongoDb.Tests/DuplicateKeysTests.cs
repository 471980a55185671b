namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>A refused insert names the key that clashed, read from the index the server names.</summary>
public sealed class DuplicateKeysTests
{
    [Theory]
    [InlineData("E11000 duplicate key error collection: helpdesk.tickets index: ux_tickets_number dup key: { organizationId: \"org-a\", number: 1 }", "ux_tickets_number")]
    [InlineData("E11000 duplicate key error collection: helpdesk.tickets index: _id_ dup key: { _id: { o: \"org-a\", i: \"t-1\" } }", "_id_")]
    [InlineData("E11000 duplicate key error collection: helpdesk.tickets index: ux_tickets_idempotency_key dup key: { organizationId: \"org-a\", idempotencyKey: \"k\" }", "ux_tickets_idempotency_key")]
    [InlineData("WriteConflict error: this operation conflicted with another operation", null)]
    public void The_index_is_read_from_the_server_message(string message, string? index)
    {
        Assert.Equal(index, DuplicateKeys.IndexNamed(message));
    }

    [Theory]
    [InlineData("ux_tickets_number", "number")]
    [InlineData("ux_tickets_idempotency_key", "idempotency key")]
    [InlineData("ux_assets_serial_number", "serial number")]
    [InlineData("_id_", "id")]
    [InlineData(null, "id")]
    public void A_clash_is_named_as_the_contract_names_it(string? index, string key)
    {
        Assert.Equal(key, DuplicateKeys.KeyOf(index));
    }

    [Fact]
    public void Other_errors_are_not_duplicate_keys()
    {
        Assert.False(DuplicateKeys.IsDuplicateKey(new TimeoutException("no server"), out var index));
        Assert.Null(index);
    }
}
