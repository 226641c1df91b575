#!/usr/bin/env bash
# A throw-away sharded PostgreSQL for krant's tests: two shard clusters that each hold half of every article's
# records, and a coordinator whose `krant` tables are partitioned by article number, each partition a
# postgres_fdw foreign table on one shard. `krant export --to` the coordinator's URL fills the shards through
# it, and statements run on the coordinator read both halves. Every cluster is a scripts/postgres-test-server.sh
# cluster: on 127.0.0.1 only, trust authentication for the loopback.
#
#   scripts/postgres-sharded-test-server.sh start DIR [BASEPORT]   coordinator on BASEPORT, shards on +1 and +2;
#                                                                  prints the URL to give KRANT_TEST_POSTGRES_SHARDED_URL
#   scripts/postgres-sharded-test-server.sh stop DIR               stops all three and removes DIR
#
# The tables below mirror Sources/KrantPostgres/PostgresSchema.swift, which an export into an ordinary database
# creates itself. Here the layout has to exist before the export, and the export keeps a partitioned layout
# (it empties the tables instead of recreating them); a column missing here makes that export fail.
set -euo pipefail

command=${1:-}
dir=${2:-}
base=${3:-55460}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start DIR [BASEPORT] | stop DIR" >&2
    exit 2
fi
single="$(dirname "$0")/postgres-test-server.sh"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

# Runs SQL on the cluster at PORT, stopping at the first error.
sql() {
    local port=$1
    "$bin/psql" --quiet --no-psqlrc --set=ON_ERROR_STOP=1 --host=127.0.0.1 --port="$port" --username=krant \
        --dbname=krant_test >/dev/null
}

# The tables that hold an article's records, split between the shards by article number.
distributed="articles sentences mentions postings"

shard_schema() {
    cat <<'SQL'
CREATE SCHEMA krant;
CREATE TABLE krant.articles (
    article integer PRIMARY KEY,
    id text NOT NULL, id_folded text NOT NULL,
    year integer, month integer, day integer, precision text,
    first_day integer, last_day integer, month_first integer, month_last integer,
    provenance text NOT NULL,
    source text, source_folded text, url text, url_folded text, author text, author_folded text,
    title text NOT NULL, title_folded text NOT NULL,
    text text NOT NULL, word_count integer NOT NULL, origin text NOT NULL
);
CREATE TABLE krant.sentences (
    article integer NOT NULL, sentence integer NOT NULL,
    start_offset integer NOT NULL, end_offset integer NOT NULL, segment text NOT NULL, text text NOT NULL,
    PRIMARY KEY (article, sentence)
);
CREATE TABLE krant.mentions (
    article integer NOT NULL, mention integer NOT NULL, sentence integer NOT NULL, actor integer NOT NULL,
    form text NOT NULL, kind text NOT NULL, role text, start_offset integer NOT NULL, end_offset integer NOT NULL,
    form_folded text NOT NULL, role_folded text,
    PRIMARY KEY (article, mention)
);
CREATE TABLE krant.postings (
    article integer NOT NULL, position integer NOT NULL, sentence integer NOT NULL,
    slot "char" NOT NULL, part smallint NOT NULL, parts smallint NOT NULL, term integer NOT NULL
);
CREATE INDEX ON krant.sentences (sentence);
CREATE INDEX ON krant.mentions (mention);
CREATE INDEX ON krant.mentions (actor, article, sentence);
CREATE INDEX ON krant.postings (term, article, sentence, position);
CREATE INDEX ON krant.postings (article, position);
SQL
}

# The coordinator: the small reference tables as ordinary tables of its own, and each distributed table
# partitioned by hash of the article number over the two shards, named `articles_shard0` and so on so that a plan
# says which shard it reads; async_capable lets a scan of both halves wait on the two shards at once (krant's
# sessions turn asynchronous appends off, see PostgresSession.configure, so it serves other clients). The partitioned tables carry no primary key
# or index: PostgreSQL cannot put a unique index over foreign partitions, and the shards hold the indexes.
coordinator_schema() {
    local port1=$1 port2=$2
    cat <<SQL
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard0 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '$port1', dbname 'krant_test', async_capable 'true');
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '$port2', dbname 'krant_test', async_capable 'true');
CREATE USER MAPPING FOR krant SERVER shard0 OPTIONS (user 'krant');
CREATE USER MAPPING FOR krant SERVER shard1 OPTIONS (user 'krant');
CREATE SCHEMA krant_shard0;
CREATE SCHEMA krant_shard1;
IMPORT FOREIGN SCHEMA krant LIMIT TO ($(echo $distributed | tr ' ' ',')) FROM SERVER shard0 INTO krant_shard0;
IMPORT FOREIGN SCHEMA krant LIMIT TO ($(echo $distributed | tr ' ' ',')) FROM SERVER shard1 INTO krant_shard1;
CREATE SCHEMA krant;
SQL
    for table in $distributed; do
        cat <<SQL
CREATE TABLE krant.$table (LIKE krant_shard0.$table) PARTITION BY HASH (article);
ALTER TABLE krant.$table ATTACH PARTITION krant_shard0.$table FOR VALUES WITH (MODULUS 2, REMAINDER 0);
ALTER TABLE krant.$table ATTACH PARTITION krant_shard1.$table FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER FOREIGN TABLE krant_shard0.$table RENAME TO ${table}_shard0;
ALTER FOREIGN TABLE krant_shard1.$table RENAME TO ${table}_shard1;
SQL
    done
    cat <<'SQL'
CREATE TABLE krant.actors (
    actor integer PRIMARY KEY, name text NOT NULL, name_folded text NOT NULL, kind text NOT NULL, affiliation text,
    name_rank integer NOT NULL, affiliation_folded text, guess text, roles text, roles_folded text
);
CREATE TABLE krant.actor_forms (
    actor integer NOT NULL, form text NOT NULL, form_folded text NOT NULL, kind text NOT NULL,
    case_sensitive boolean NOT NULL, ambiguous boolean NOT NULL
);
CREATE TABLE krant.terms (term integer PRIMARY KEY, text text NOT NULL, stem text NOT NULL);
CREATE TABLE krant.krant_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE INDEX ON krant.terms (text);
CREATE INDEX ON krant.terms (stem);
CREATE INDEX ON krant.actors (name_folded);
CREATE INDEX ON krant.actor_forms (form_folded);
SQL
}

case "$command" in
start)
    mkdir -p "$dir"
    # The clusters' owner ('postgres' when run as root) has to reach their folders inside this one.
    chmod a+rx "$dir"
    "$single" start "$dir/shard0" $((base + 1)) >/dev/null
    "$single" start "$dir/shard1" $((base + 2)) >/dev/null
    url=$("$single" start "$dir/coordinator" "$base")
    shard_schema | sql $((base + 1))
    shard_schema | sql $((base + 2))
    coordinator_schema $((base + 1)) $((base + 2)) | sql "$base"
    echo "$url"
    ;;
stop)
    for cluster in coordinator shard0 shard1; do
        [[ -d "$dir/$cluster" ]] && "$single" stop "$dir/$cluster"
    done
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR [BASEPORT] | stop DIR" >&2
    exit 2
    ;;
esac
