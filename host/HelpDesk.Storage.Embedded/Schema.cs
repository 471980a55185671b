namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The tables and indexes of the store; every index starts with the organisation, as every query filters by it – except
/// the primary key of <c>api_keys</c>, as a key is looked up by its id alone to find the organisation of a request.
/// </summary>
/// <remarks>
/// Every statement of <see cref="Statements"/> is <c>IF NOT EXISTS</c>, so running it on a file of an older version adds
/// what it lacks and leaves its data alone. Columns added to an existing table cannot be written that way:
/// <see cref="Version3"/> runs once, on a file below version 3, and <see cref="SchemaUpgrades"/> fills the new columns.
/// </remarks>
internal static class Schema
{
    /// <summary>The version recorded in <c>PRAGMA user_version</c> once <see cref="Statements"/> ran.</summary>
    public const int Version = 4;

    /// <summary>The tables and indexes that are created when missing, on every start.</summary>
    public const string Statements = Version1 + Version2 + Version4 + ListOrders + ScheduledJobs + Interactions + TransfersAndMessages + Promises + AuditLog;

    /// <summary>Tickets, their tags and events, counters, organisations, desk configurations and plugin data.</summary>
    public const string Version1 = """
        CREATE TABLE IF NOT EXISTS organizations (
            organization_id TEXT NOT NULL PRIMARY KEY,
            document        TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS tickets (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            number          INTEGER NOT NULL,
            status          TEXT    NOT NULL,
            priority        TEXT    NOT NULL,
            assignee_id     TEXT,
            contact_id      TEXT,
            asset_id        TEXT,
            created_at      TEXT    NOT NULL,
            updated_at      TEXT    NOT NULL,
            idempotency_key TEXT,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_tickets_number ON tickets (organization_id, number);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_tickets_idempotency_key ON tickets (organization_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_tickets_status ON tickets (organization_id, status, number);
        CREATE INDEX IF NOT EXISTS ix_tickets_priority ON tickets (organization_id, priority, number);
        CREATE INDEX IF NOT EXISTS ix_tickets_assignee ON tickets (organization_id, assignee_id, number);
        CREATE INDEX IF NOT EXISTS ix_tickets_contact ON tickets (organization_id, contact_id, number);
        CREATE INDEX IF NOT EXISTS ix_tickets_asset ON tickets (organization_id, asset_id, number);

        CREATE TABLE IF NOT EXISTS ticket_tags (
            organization_id TEXT NOT NULL,
            ticket_id       TEXT NOT NULL,
            tag             TEXT NOT NULL,
            PRIMARY KEY (organization_id, ticket_id, tag),
            FOREIGN KEY (organization_id, ticket_id) REFERENCES tickets (organization_id, id) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS ix_ticket_tags_tag ON ticket_tags (organization_id, tag, ticket_id);

        CREATE TABLE IF NOT EXISTS events (
            sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
            organization_id TEXT NOT NULL,
            ticket_id       TEXT NOT NULL,
            event_id        TEXT NOT NULL,
            type            TEXT NOT NULL,
            occurred_at     TEXT NOT NULL,
            document        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_events_organization ON events (organization_id, sequence);
        CREATE INDEX IF NOT EXISTS ix_events_ticket ON events (organization_id, ticket_id, sequence);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_events_event_id ON events (organization_id, event_id);

        CREATE TABLE IF NOT EXISTS counters (
            organization_id TEXT    NOT NULL,
            name            TEXT    NOT NULL,
            value           INTEGER NOT NULL,
            PRIMARY KEY (organization_id, name)
        );

        CREATE TABLE IF NOT EXISTS desk_configurations (
            organization_id TEXT    NOT NULL PRIMARY KEY,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL
        );

        CREATE TABLE IF NOT EXISTS plugin_data (
            organization_id TEXT NOT NULL,
            plugin_id       TEXT NOT NULL,
            key             TEXT NOT NULL,
            value           TEXT NOT NULL,
            PRIMARY KEY (organization_id, plugin_id, key)
        );
        """;

    /// <summary>
    /// Contacts and assets (documents with lower-cased <c>*_key</c> columns a text search matches in), the notes written
    /// with ticket changes, and API keys.
    /// </summary>
    public const string Version2 = """
        CREATE TABLE IF NOT EXISTS contacts (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            name_key        TEXT    NOT NULL,
            email_key       TEXT,
            phone_key       TEXT,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );

        CREATE TABLE IF NOT EXISTS assets (
            organization_id   TEXT    NOT NULL,
            id                TEXT    NOT NULL,
            serial_number     TEXT    NOT NULL,
            serial_number_key TEXT    NOT NULL,
            model_key         TEXT,
            contact_id        TEXT,
            version           INTEGER NOT NULL,
            document          TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_assets_serial_number ON assets (organization_id, serial_number);
        CREATE INDEX IF NOT EXISTS ix_assets_contact ON assets (organization_id, contact_id, id);

        CREATE TABLE IF NOT EXISTS notes (
            organization_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            ticket_id       TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            document        TEXT NOT NULL,
            PRIMARY KEY (organization_id, id),
            FOREIGN KEY (organization_id, ticket_id) REFERENCES tickets (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_notes_ticket ON notes (organization_id, ticket_id, created_at, id);

        CREATE TABLE IF NOT EXISTS api_keys (
            id              TEXT NOT NULL PRIMARY KEY,
            organization_id TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            revoked_at      TEXT,
            document        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_api_keys_organization ON api_keys (organization_id, created_at, id);
        """;

    /// <summary>
    /// The lower-cased subject and description of tickets a text filter looks in (see <see cref="SearchKey"/>), and the
    /// index of the "changed after" filter. Run once per file, as <c>ALTER TABLE</c> cannot be repeated.
    /// </summary>
    public const string Version3 = """
        ALTER TABLE tickets ADD COLUMN subject_key TEXT;
        ALTER TABLE tickets ADD COLUMN description_key TEXT;
        CREATE INDEX IF NOT EXISTS ix_tickets_updated ON tickets (organization_id, updated_at);
        """;

    /// <summary>
    /// Metric rollups with the checkpoint of the event log they reach to, survey invitations (with the hash of their
    /// token) and survey responses – one per invitation, so a token cannot be answered twice.
    /// </summary>
    public const string Version4 = """
        CREATE TABLE IF NOT EXISTS metric_rollups (
            organization_id TEXT    NOT NULL,
            metric          TEXT    NOT NULL,
            bucket          TEXT    NOT NULL,
            dimension       TEXT    NOT NULL,
            start           TEXT    NOT NULL,
            dimension_value TEXT    NOT NULL,
            count           INTEGER NOT NULL,
            sum             REAL    NOT NULL,
            denominator     REAL    NOT NULL,
            min             REAL    NOT NULL,
            max             REAL    NOT NULL,
            histogram       TEXT    NOT NULL,
            PRIMARY KEY (organization_id, metric, bucket, dimension, start, dimension_value)
        );

        CREATE TABLE IF NOT EXISTS metric_checkpoints (
            organization_id TEXT    NOT NULL PRIMARY KEY,
            sequence        INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS survey_invitations (
            organization_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            ticket_id       TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            answered_at     TEXT,
            document        TEXT NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_survey_invitations_ticket ON survey_invitations (organization_id, ticket_id, created_at);

        CREATE TABLE IF NOT EXISTS survey_responses (
            organization_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            ticket_id       TEXT NOT NULL,
            answered_at     TEXT NOT NULL,
            document        TEXT NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_survey_responses_ticket ON survey_responses (organization_id, ticket_id, answered_at);
        """;

    /// <summary>
    /// The indexes of lists ordered by update time or priority, ties broken by number (see <see cref="TicketOrderSql"/>):
    /// a page after a position is one range of one of them. Only columns of version 1, so no version of its own.
    /// </summary>
    public const string ListOrders =
        "CREATE INDEX IF NOT EXISTS ix_tickets_updated_order ON tickets (organization_id, updated_at, number);\n" +
        "CREATE INDEX IF NOT EXISTS ix_tickets_priority_order ON tickets (organization_id, " + TicketOrderSql.PriorityKey + ");\n";

    /// <summary>
    /// Scheduled jobs (reminders, due times) with their lease. Due jobs are claimed across organisations, so the due index
    /// is the one that does not start with the organisation: the host's own work queue, never read for an API caller.
    /// </summary>
    public const string ScheduledJobs = """
        CREATE TABLE IF NOT EXISTS scheduled_jobs (
            organization_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            kind            TEXT NOT NULL,
            due_at          TEXT NOT NULL,
            payload         TEXT NOT NULL,
            revision        TEXT NOT NULL,
            lease_owner     TEXT,
            lease_until     TEXT,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_scheduled_jobs_due ON scheduled_jobs (due_at);
        """;

    /// <summary>
    /// Interactions (calls, chats, e-mail threads) with their steps and holds; <c>held_at</c> is when the open hold began,
    /// null when the caller is not on hold, so the hold queue (first in, first out) is one range of its index.
    /// </summary>
    public const string Interactions = """
        CREATE TABLE IF NOT EXISTS interactions (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            ticket_id       TEXT    NOT NULL,
            started_at      TEXT    NOT NULL,
            held_at         TEXT,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_interactions_ticket ON interactions (organization_id, ticket_id, started_at);
        CREATE INDEX IF NOT EXISTS ix_interactions_held ON interactions (organization_id, held_at, id) WHERE held_at IS NOT NULL;
        """;

    /// <summary>
    /// Warm transfer requests and messages taken for callers, listed by the receiving side (or addressee), status and time;
    /// names are matched by their key (trimmed, lower case).
    /// </summary>
    public const string TransfersAndMessages = """
        CREATE TABLE IF NOT EXISTS transfer_requests (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            ticket_id       TEXT    NOT NULL,
            to_key          TEXT    NOT NULL,
            status          TEXT    NOT NULL,
            requested_at    TEXT    NOT NULL,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_transfer_requests_ticket ON transfer_requests (organization_id, ticket_id, status, requested_at);
        CREATE INDEX IF NOT EXISTS ix_transfer_requests_to ON transfer_requests (organization_id, to_key, status, requested_at);

        CREATE TABLE IF NOT EXISTS caller_messages (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            ticket_id       TEXT    NOT NULL,
            for_key         TEXT    NOT NULL,
            status          TEXT    NOT NULL,
            called_at       TEXT    NOT NULL,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_caller_messages_for ON caller_messages (organization_id, for_key, status, called_at, id);
        CREATE INDEX IF NOT EXISTS ix_caller_messages_ticket ON caller_messages (organization_id, ticket_id);
        """;

    /// <summary>
    /// Promises made to callers: <c>pending</c> is 1 while one is neither kept nor broken, so the overdue list is one range
    /// of its index, oldest due first.
    /// </summary>
    public const string Promises = """
        CREATE TABLE IF NOT EXISTS promises (
            organization_id TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            ticket_id       TEXT    NOT NULL,
            pending         INTEGER NOT NULL,
            due_at          TEXT    NOT NULL,
            version         INTEGER NOT NULL,
            document        TEXT    NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_promises_ticket ON promises (organization_id, ticket_id, due_at);
        CREATE INDEX IF NOT EXISTS ix_promises_pending ON promises (organization_id, pending, due_at, id);
        """;

    /// <summary>
    /// The audit log: entries are only inserted, never updated or deleted; an organisation's list (newest first, by the
    /// time-ordered id, optionally of one action) is one range of an index.
    /// </summary>
    public const string AuditLog = """
        CREATE TABLE IF NOT EXISTS audit_log (
            organization_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            action          TEXT NOT NULL,
            occurred_at     TEXT NOT NULL,
            document        TEXT NOT NULL,
            PRIMARY KEY (organization_id, id)
        );
        CREATE INDEX IF NOT EXISTS ix_audit_log_action ON audit_log (organization_id, action, id);
        """;
}
