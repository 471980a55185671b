using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The client's durability and timeouts come from the store, whatever the connection string says.</summary>
public sealed class MongoClientSettingsFactoryTests
{
    [Fact]
    public void Writes_wait_for_a_journaled_majority_and_reads_see_only_majority_committed_data()
    {
        var settings = MongoClientSettingsFactory.Create(new MongoStoreOptions { ConnectionString = "mongodb://db1,db2,db3/?replicaSet=rs0" });

        Assert.Equal(WriteConcern.WMajority.With(journal: true), settings.WriteConcern);
        Assert.Equal(ReadConcern.Majority, settings.ReadConcern);
        Assert.Equal(ReadPreference.Primary, settings.ReadPreference);
        Assert.True(settings.RetryWrites);
        Assert.True(settings.RetryReads);
        Assert.Equal("rs0", settings.ReplicaSetName);
    }

    [Fact]
    public void A_connection_string_cannot_weaken_durability()
    {
        var settings = MongoClientSettingsFactory.Create(new MongoStoreOptions
        {
            ConnectionString = "mongodb://db1/?w=1&journal=false&retryWrites=false&readConcernLevel=local&readPreference=secondary",
        });

        Assert.Equal(WriteConcern.WMajority.With(journal: true), settings.WriteConcern);
        Assert.Equal(ReadConcern.Majority, settings.ReadConcern);
        Assert.Equal(ReadPreference.Primary, settings.ReadPreference);
        Assert.True(settings.RetryWrites);
    }

    [Fact]
    public void Timeouts_come_from_the_options_with_a_five_second_server_selection_by_default()
    {
        var byDefault = MongoClientSettingsFactory.Create(new MongoStoreOptions { ConnectionString = "mongodb://db1/?serverSelectionTimeoutMS=60000" });
        var configured = MongoClientSettingsFactory.Create(new MongoStoreOptions
        {
            ConnectionString = "mongodb://db1/",
            ServerSelectionTimeout = TimeSpan.FromSeconds(2),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            SocketTimeout = TimeSpan.FromSeconds(4),
        });

        Assert.Equal(TimeSpan.FromSeconds(5), byDefault.ServerSelectionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), configured.ServerSelectionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), configured.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), configured.SocketTimeout);
    }

    [Fact]
    public void The_application_name_defaults_to_helpdesk_but_the_connection_string_may_set_it()
    {
        Assert.Equal("helpdesk", MongoClientSettingsFactory.Create(new MongoStoreOptions { ConnectionString = "mongodb://db1/" }).ApplicationName);
        Assert.Equal("desk-eu", MongoClientSettingsFactory.Create(new MongoStoreOptions { ConnectionString = "mongodb://db1/?appName=desk-eu" }).ApplicationName);
    }

    [Fact]
    public void Transactions_commit_with_the_same_durability_as_single_writes()
    {
        Assert.Equal(StoreConcerns.Writes, StoreConcerns.Transactions.WriteConcern);
        Assert.Equal(ReadConcern.Snapshot, StoreConcerns.Transactions.ReadConcern);
        Assert.Equal(ReadPreference.Primary, StoreConcerns.Transactions.ReadPreference);
    }
}
