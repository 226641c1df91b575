/// The tables an export writes and the server queries read, in one schema named `krant`.
///
/// Every table of corpus records carries `article`, the article's number, as its first column: the key a
/// sharded layout (partitions over `postgres_fdw`, or Citus) distributes them by. `actors`, `actor_forms`,
/// `terms` and `krant_meta` are small reference tables, the same on every shard.
public enum PostgresSchema {
    /// The schema every table lives in; an export drops and recreates it, unless it is partitioned.
    public static let name = "krant"

    /// Raised whenever a table or column changes meaning, so a reader refuses a database written differently.
    public static let version = 2

    /// The statements that make the empty schema, run before the rows are copied in.
    static let creation: [String] = [
        "DROP SCHEMA IF EXISTS krant CASCADE",
        "CREATE SCHEMA krant",
        // Dates as day numbers since 1970-01-01 (krant's `DaySpan`), so interval tests compare integers;
        // month_first/month_last are the date cut to month precision, for sorting by month.
        """
        CREATE TABLE krant.articles (
            article integer PRIMARY KEY,
            id text NOT NULL, id_folded text NOT NULL,
            year integer, month integer, day integer, precision text,
            first_day integer, last_day integer, month_first integer, month_last integer,
            provenance text NOT NULL,
            source text, source_folded text, url text, url_folded text, author text, author_folded text,
            title text NOT NULL, title_folded text NOT NULL,
            text text NOT NULL, word_count integer NOT NULL, origin text NOT NULL
        )
        """,
        // `sentence` and `mention` are corpus-wide positions, ascending in article order, as krant numbers them.
        """
        CREATE TABLE krant.sentences (
            article integer NOT NULL, sentence integer NOT NULL,
            start_offset integer NOT NULL, end_offset integer NOT NULL, segment text NOT NULL, text text NOT NULL,
            PRIMARY KEY (article, sentence)
        )
        """,
        """
        CREATE TABLE krant.mentions (
            article integer NOT NULL, mention integer NOT NULL, sentence integer NOT NULL, actor integer NOT NULL,
            form text NOT NULL, kind text NOT NULL, role text, start_offset integer NOT NULL, end_offset integer NOT NULL,
            form_folded text NOT NULL, role_folded text,
            PRIMARY KEY (article, mention)
        )
        """,
        // `name_rank` is the place of the actor's folded name among all names, krant's last key in an actor table;
        // `roles` the roles with their periods, as the actor table's `role` column shows them; `guess` the kind
        // guessed for a name not in the gazetteer.
        """
        CREATE TABLE krant.actors (
            actor integer PRIMARY KEY, name text NOT NULL, name_folded text NOT NULL, kind text NOT NULL, affiliation text,
            name_rank integer NOT NULL, affiliation_folded text, guess text, roles text, roles_folded text
        )
        """,
        """
        CREATE TABLE krant.actor_forms (
            actor integer NOT NULL, form text NOT NULL, form_folded text NOT NULL, kind text NOT NULL,
            case_sensitive boolean NOT NULL, ambiguous boolean NOT NULL
        )
        """,
        // Terms are folded as krant folds them; `stem` is the Dutch Snowball stem krant's `~"…"` compares.
        "CREATE TABLE krant.terms (term integer PRIMARY KEY, text text NOT NULL, stem text NOT NULL)",
        // One row per way a word answers a search: `w` the whole word, `g` its genitive base (`rusland's` →
        // rusland), `p` part `part` of `parts` of a hyphenated compound, which a phrase reads as consecutive words.
        """
        CREATE TABLE krant.postings (
            article integer NOT NULL, position integer NOT NULL, sentence integer NOT NULL,
            slot "char" NOT NULL, part smallint NOT NULL, parts smallint NOT NULL, term integer NOT NULL
        )
        """,
        "CREATE TABLE krant.krant_meta (key text PRIMARY KEY, value text NOT NULL)",
    ]

    /// Indexes made after the copy, which is faster than keeping them up to date row by row.
    static let indexes: [String] = [
        "CREATE INDEX ON krant.sentences (sentence)",
        "CREATE INDEX ON krant.mentions (mention)",
        "CREATE INDEX ON krant.mentions (actor, article, sentence)",
        "CREATE INDEX ON krant.terms (text)",
        "CREATE INDEX ON krant.terms (stem)",
        "CREATE INDEX ON krant.postings (term, article, sentence, position)",
        "CREATE INDEX ON krant.postings (article, position)",
        "CREATE INDEX ON krant.actors (name_folded)",
        "CREATE INDEX ON krant.actor_forms (form_folded)",
    ]

    /// Gathers the planner's statistics once the rows are in, after either layout.
    static let analysis =
        "ANALYZE krant.articles, krant.sentences, krant.mentions, krant.actors, krant.actor_forms, krant.terms, krant.postings"

    /// Whether `krant.articles` is a partitioned table: a layout made before the export, such as the sharded one of
    /// `scripts/postgres-sharded-test-server.sh`, whose partitions are foreign tables on other servers. An export
    /// keeps such a layout and only replaces its rows, since dropping the schema would drop the layout with it.
    static let isPartitionedQuery = """
        SELECT EXISTS (SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid \
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'krant' AND c.relname = 'articles')
        """

    /// Empties a kept layout; on foreign partitions (PostgreSQL 14 or later) the shards empty their tables.
    static let emptying =
        "TRUNCATE krant.articles, krant.sentences, krant.mentions, krant.postings, krant.actors, krant.actor_forms, krant.terms, krant.krant_meta"
}
