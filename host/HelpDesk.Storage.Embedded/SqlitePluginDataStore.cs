using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Each plugin's key-value data, keyed by organisation, plugin and key so no plugin or organisation sees another's.</summary>
internal sealed class SqlitePluginDataStore(SqliteDatabase database) : IPluginDataStore
{
    private const string KeyCondition = "organization_id = @organization_id AND plugin_id = @plugin_id AND key = @key";

    public Task<string?> GetAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = Bind(connection.Prepared($"SELECT value FROM plugin_data WHERE {KeyCondition};"), organizationId, pluginId, key);
                var rows = await command.ReadStringsAsync(cancellationToken);
                return rows.Count == 0 ? null : rows[0];
            },
            cancellationToken);
    }

    public Task SetAsync(string organizationId, string pluginId, string key, string value, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        ArgumentNullException.ThrowIfNull(value);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(
                    connection.Prepared(
                        """
                        INSERT INTO plugin_data (organization_id, plugin_id, key, value) VALUES (@organization_id, @plugin_id, @key, @value)
                        ON CONFLICT (organization_id, plugin_id, key) DO UPDATE SET value = excluded.value;
                        """,
                        transaction),
                    organizationId,
                    pluginId,
                    key).With("@value", value);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<bool> DeleteAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(connection.Prepared($"DELETE FROM plugin_data WHERE {KeyCondition};", transaction), organizationId, pluginId, key);
                return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            },
            cancellationToken);
    }

    private static void Guard(string organizationId, string pluginId, string key)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(pluginId);
        ArgumentNullException.ThrowIfNull(key);
    }

    private static SqliteCommand Bind(SqliteCommand command, string organizationId, string pluginId, string key) => command
        .With("@organization_id", organizationId)
        .With("@plugin_id", pluginId)
        .With("@key", key);
}
