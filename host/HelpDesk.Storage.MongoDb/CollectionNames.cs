namespace HelpDesk.Storage.MongoDb;

/// <summary>The store's collections.</summary>
internal static class CollectionNames
{
    public const string Tickets = "tickets";
    public const string Events = "events";
    public const string Counters = "counters";
    public const string Organizations = "organizations";

    /// <summary>Metric rollups per organisation, metric, bucket and dimension value.</summary>
    public const string MetricRollups = "metricRollups";

    /// <summary>How far into its event log each organisation's rollups reach.</summary>
    public const string MetricCheckpoints = "metricCheckpoints";

    /// <summary>Survey invitations, with the hash of their token's secret.</summary>
    public const string SurveyInvitations = "surveyInvitations";

    /// <summary>Survey responses, keyed like their invitation.</summary>
    public const string SurveyResponses = "surveyResponses";

    /// <summary>Scheduled jobs: reminders and due times, with their lease.</summary>
    public const string ScheduledJobs = "scheduledJobs";

    /// <summary>Interactions: calls, chats and e-mail threads with their steps and holds.</summary>
    public const string Interactions = "interactions";

    /// <summary>Promises made to callers, with their due times.</summary>
    public const string Promises = "promises";

    /// <summary>Warm transfer requests waiting for (or decided by) the receiving side.</summary>
    public const string TransferRequests = "transferRequests";

    /// <summary>Messages taken for people who could not take a call, until called back.</summary>
    public const string Messages = "messages";
    public const string DeskConfigurations = "deskConfigurations";
    public const string PluginData = "pluginData";
    public const string Contacts = "contacts";
    public const string Assets = "assets";
    public const string Notes = "notes";
    public const string ApiKeys = "apiKeys";

    /// <summary>The audit log: entries are only inserted.</summary>
    public const string AuditLog = "auditLog";
}
