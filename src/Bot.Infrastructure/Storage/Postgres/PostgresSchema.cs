namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// The schema, as numbered migrations. Append a migration, never edit an applied one: replicas and copies already hold it.
/// Keys longer than <see cref="StorageKeys.MaxLength"/> characters are stored as their SHA-256, as in the LiteDB file.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "initial schema: every store of the LiteDB file", """
            CREATE TABLE query_log (
                id bigserial PRIMARY KEY,
                time timestamptz NOT NULL,
                platform text NOT NULL,
                question text,
                intent text NOT NULL,
                outcome text NOT NULL,
                latency_ms double precision NOT NULL,
                conversation_key text,
                answer_id text);
            CREATE INDEX query_log_time ON query_log (time);

            CREATE TABLE conversations (
                key text PRIMARY KEY,
                updated_at timestamptz NOT NULL,
                state jsonb NOT NULL);
            CREATE INDEX conversations_updated_at ON conversations (updated_at);

            CREATE TABLE delivery_claims (
                platform text NOT NULL,
                id text NOT NULL,
                claimed_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL,
                PRIMARY KEY (platform, id));
            CREATE INDEX delivery_claims_expires_at ON delivery_claims (expires_at);

            CREATE TABLE feedback (
                platform text NOT NULL,
                answer_id text NOT NULL,
                user_id text NOT NULL,
                helpful boolean NOT NULL,
                time timestamptz NOT NULL,
                PRIMARY KEY (platform, answer_id, user_id));
            CREATE INDEX feedback_answer_id ON feedback (answer_id);

            CREATE TABLE channel_settings (
                key text PRIMARY KEY,
                settings jsonb NOT NULL);

            CREATE TABLE followed_threads (
                key text PRIMARY KEY,
                parent_channel text NOT NULL,
                until timestamptz NOT NULL);
            CREATE INDEX followed_threads_until ON followed_threads (until);

            CREATE TABLE digest_subscriptions (
                id text PRIMARY KEY,
                subscription jsonb NOT NULL);

            CREATE TABLE digest_deliveries (
                key text PRIMARY KEY,
                subscription_id text NOT NULL,
                local_date date NOT NULL,
                delivery jsonb NOT NULL,
                UNIQUE (subscription_id, local_date));

            CREATE TABLE digest_fingerprints (
                version text PRIMARY KEY,
                entries jsonb NOT NULL);

            CREATE TABLE embeddings (
                model text NOT NULL,
                content_hash text NOT NULL,
                vector bytea NOT NULL,
                PRIMARY KEY (model, content_hash));
            """),
        new(2, "leases: which replica runs the Gateway, Socket Mode and the digest scheduler", """
            CREATE TABLE leases (
                name text PRIMARY KEY,
                holder text NOT NULL,
                expires_at timestamptz NOT NULL);
            """),
        new(3, "query_log.litedb_id: the entry's id in the LiteDB file it was copied from, so db copy can run again", """
            ALTER TABLE query_log ADD COLUMN litedb_id bigint UNIQUE;
            """),
        new(4, "feedback.reason, feedback.reason_text: why a 👎; feedback.time indexed for the curator report", """
            ALTER TABLE feedback ADD COLUMN reason text, ADD COLUMN reason_text text;
            CREATE INDEX feedback_time ON feedback (time);
            """),
        new(5, "query_log.confidence, query_log.topic: how sure the answer was and which entry it came from (curator report gaps)", """
            ALTER TABLE query_log ADD COLUMN confidence double precision, ADD COLUMN topic text;
            CREATE INDEX query_log_answer_id ON query_log (answer_id) WHERE answer_id IS NOT NULL;
            """),
        new(6, "embeddings.last_used: the curator report's gap-text vectors (model gap|…), deleted by the retention sweep when unused", """
            ALTER TABLE embeddings ADD COLUMN last_used timestamptz;
            CREATE INDEX embeddings_last_used ON embeddings (last_used) WHERE last_used IS NOT NULL;
            """),
    ];

    /// <summary>One schema step; <see cref="Version"/> orders them and is recorded in <c>schema_migrations</c>.</summary>
    public sealed record Migration(int Version, string Description, string Sql);
}
