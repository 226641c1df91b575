#!/usr/bin/env python3
"""SQLite FTS5 beside krant: loads a generated corpus into an in-memory SQLite database with an FTS5 index
and times the nearest SQL to each query of krant's benchmark. krant-bench runs it in the same run and puts
its times beside krant's in BENCHMARKS.md.

    python3 scripts/sqlite_fts5_bench.py .build-bench/corpus-10000-seed1 --runs 21

Prints one JSON object: the load time and, per krant query, SQLite's median and p95 in milliseconds, the rows
returned and the SQL used. SQLite knows words, not actors: an actor is matched by its names in the text, and
"in one sentence" by NEAR within 20 words, so those rows are close to krant's, not equal.
"""
import argparse, json, os, sqlite3, statistics, time

# krant query → SQL. The FTS5 table `fts(title, text)` shares rowids with `articles(id, date, title, text)`.
QUERIES = {
    'articles where actor = "NAVO" and date < 2022-03':
        "SELECT a.rowid FROM fts JOIN articles a ON a.rowid = fts.rowid "
        "WHERE fts MATCH 'NAVO OR NATO OR NAVO*' AND a.date < '2022-03'",
    'articles where text contains "kernwapens"':
        "SELECT rowid FROM fts WHERE fts MATCH 'kernwapens'",
    'articles where text contains "Russische president"':
        "SELECT rowid FROM fts WHERE fts MATCH '\"Russische president\"'",
    'articles where text contains "kernwapen*"':
        "SELECT rowid FROM fts WHERE fts MATCH 'kernwapen*'",
    'articles where actor = "Poetin" | count by month':
        "SELECT substr(date, 1, 7) AS month, count(*) FROM articles WHERE date IS NOT NULL AND rowid IN "
        "(SELECT rowid FROM fts WHERE fts MATCH 'Poetin OR Poetins') GROUP BY month ORDER BY month",
    'sentences where actor = "Poetin" and actor = "NAVO" | count':
        "SELECT count(*) FROM fts WHERE fts MATCH 'NEAR(Poetin NAVO, 20)'",
    'articles where date = 2022 and actor = "China" and actor = "Rusland" | count':
        "SELECT count(*) FROM articles WHERE date LIKE '2022%' AND rowid IN (SELECT rowid FROM fts WHERE fts MATCH "
        "'(China OR Chinese OR Peking) AND (Rusland OR Russische OR Moskou OR Kremlin)')",
    'articles where text contains "kernwapens" | kwic "kernwapens" | limit 100':
        "SELECT snippet(fts, 1, '[', ']', '…', 12) FROM fts WHERE fts MATCH 'kernwapens' LIMIT 100",
}


def read_articles(folder):
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as handle:
                text = handle.read()
            date = None
            if text.startswith("date "):
                header, _, text = text.partition("\n")
                date = header[5:].strip()
            title = text.lstrip().split("\n", 1)[0]
            yield name[:-4], date, title, text


def timed(connection, sql, runs):
    connection.execute(sql).fetchall()  # warm-up
    samples, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        found = connection.execute(sql).fetchall()
        # A count is compared by its value, as krant's `| count` is.
        rows = found[0][0] if sql.startswith("SELECT count(*)") else len(found)
        samples.append(time.perf_counter() - started)
    samples.sort()
    return {"median_ms": statistics.median(samples) * 1000,
            "p95_ms": samples[min(len(samples) - 1, int(len(samples) * 0.95))] * 1000, "rows": rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=21)
    options = parser.parse_args()
    connection = sqlite3.connect(":memory:")
    started = time.perf_counter()
    connection.execute("CREATE TABLE articles(id TEXT, date TEXT, title TEXT, text TEXT)")
    connection.execute("CREATE VIRTUAL TABLE fts USING fts5(title, text, content='articles', content_rowid='rowid', "
                       "tokenize='unicode61 remove_diacritics 2')")
    connection.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", read_articles(options.folder))
    connection.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    connection.commit()
    load = time.perf_counter() - started
    results = {query: dict(timed(connection, sql, options.runs), sql=sql) for query, sql in QUERIES.items()}
    print(json.dumps({"sqlite": sqlite3.sqlite_version, "load_s": load, "queries": results}))


if __name__ == "__main__":
    main()
