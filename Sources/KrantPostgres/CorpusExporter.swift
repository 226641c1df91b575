import Foundation
import KrantCorpus
import PostgresNIO

/// Writes a loaded corpus into a database as the `krant` schema, replacing an earlier export, in one
/// transaction: a reader sees the old export or the new one, never half of one. A database whose `krant`
/// tables were laid out beforehand as partitioned tables (sharded over `postgres_fdw`) keeps that layout: the
/// export replaces their rows and leaves the tables and indexes as they are.
///
///     try await CorpusExporter.export(corpus, to: PostgresEndpoint(url: "postgresql://localhost/news")) { print($0) }
public enum CorpusExporter {
    /// Exports `corpus`; `progress` is told each table as it is copied (`articles: 5 rows`).
    public static func export(_ corpus: Corpus, to endpoint: PostgresEndpoint,
                              progress: @Sendable (String) -> Void = { _ in }) async throws {
        let connection = try await PostgresDatabase.connect(endpoint)
        do {
            try await connection.withTransaction(logger: PostgresDatabase.logger) { connection in
                let keepsLayout = try await isPartitioned(connection)
                if keepsLayout {
                    try await run(PostgresSchema.emptying, on: connection)
                } else {
                    for statement in PostgresSchema.creation { try await run(statement, on: connection) }
                }
                try await connection.query("SET LOCAL search_path TO krant", logger: PostgresDatabase.logger)
                try await copyArticles(corpus, connection, progress)
                try await copySentences(corpus, connection, progress)
                try await copyMentions(corpus, connection, progress)
                try await copyActors(corpus, connection, progress)
                try await copyTerms(corpus, connection, progress)
                try await copyPostings(corpus, connection, progress)
                try await copyMeta(corpus, connection)
                progress(keepsLayout ? "analysing" : "indexing")
                // A kept layout has its indexes already (on the shards for a sharded one), and a second set
                // would grow with every export.
                if !keepsLayout {
                    for statement in PostgresSchema.indexes { try await run(statement, on: connection) }
                }
                try await run(PostgresSchema.analysis, on: connection)
            }
        } catch {
            try? await connection.close()
            throw PostgresDatabase.describe(error)
        }
        try await connection.close()
    }

    private static func isPartitioned(_ connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: PostgresSchema.isPartitionedQuery), logger: PostgresDatabase.logger)
        var isPartitioned = false
        for try await value in rows.decode(Bool.self) { isPartitioned = value }
        return isPartitioned
    }

    private static func run(_ sql: String, on connection: PostgresConnection) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresDatabase.logger)
    }

    /// Copies one table; `write` fills the rows.
    private static func copy(_ table: String, _ columns: [String], rows: Int, of noun: String = "rows", _ connection: PostgresConnection,
                             _ progress: @Sendable (String) -> Void,
                             write: (inout CopyRowWriter) async throws -> Void) async throws {
        progress("\(table): \(rows) \(noun)")
        try await connection.copyFrom(table: table, columns: columns, logger: PostgresDatabase.logger) { writer in
            var rows = CopyRowWriter(writer)
            try await write(&rows)
            try await rows.flush()
        }
    }

    private static func copyArticles(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        let columns = ["article", "id", "id_folded", "year", "month", "day", "precision", "first_day", "last_day",
                       "month_first", "month_last", "provenance", "source", "source_folded", "url", "url_folded",
                       "author", "author_folded", "title", "title_folded", "text", "word_count", "origin"]
        try await copy("articles", columns, rows: corpus.articles.count, connection, progress) { rows in
            for article in corpus.articles {
                let date = article.date
                let month = date?.truncated(to: .month)
                rows.integer(article.number)
                rows.text(article.id)
                rows.text(Folding.fold(article.id))
                rows.optionalInteger(date?.year)
                rows.optionalInteger(date?.month)
                rows.optionalInteger(date?.day)
                rows.optionalText(date?.precision.rawValue)
                rows.optionalInteger(date.map { Int($0.firstDay) })
                rows.optionalInteger(date.map { Int($0.lastDay) })
                rows.optionalInteger(month.map { Int($0.firstDay) })
                rows.optionalInteger(month.map { Int($0.lastDay) })
                rows.text(article.dateProvenance.rawValue)
                let author = article.author
                for value in [article.source, article.url, author] {
                    rows.optionalText(value)
                    rows.optionalText(value.map(Folding.fold))
                }
                rows.text(article.title)
                rows.text(Folding.fold(article.title))
                rows.text(article.text)
                rows.integer(article.wordCount)
                rows.text(article.origin.path)
                try await rows.endRow()
            }
        }
    }

    private static func copySentences(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        try await copy("sentences", ["article", "sentence", "start_offset", "end_offset", "segment", "text"],
                       rows: corpus.sentences.count, connection, progress) { rows in
            for (position, sentence) in corpus.sentences.enumerated() {
                rows.integer(sentence.article)
                rows.integer(position)
                rows.integer(sentence.range.lowerBound)
                rows.integer(sentence.range.upperBound)
                rows.text(sentence.segment.rawValue)
                rows.text(corpus.text(of: sentence))
                try await rows.endRow()
            }
        }
    }

    private static func copyMentions(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        try await copy("mentions", ["article", "mention", "sentence", "actor", "form", "kind", "role", "start_offset", "end_offset",
                                    "form_folded", "role_folded"],
                       rows: corpus.mentions.count, connection, progress) { rows in
            for (position, mention) in corpus.mentions.enumerated() {
                let form = corpus.form(of: mention)
                let role = mention.roleTerm.map { corpus.actors[mention.actor].roles[$0].role }
                rows.integer(mention.article)
                rows.integer(position)
                rows.integer(mention.sentence)
                rows.integer(mention.actor)
                rows.text(form)
                rows.text(mention.kind.rawValue)
                rows.optionalText(role)
                rows.integer(mention.range.lowerBound)
                rows.integer(mention.range.upperBound)
                rows.text(Folding.fold(String(form)))
                rows.optionalText(role.map(Folding.fold))
                try await rows.endRow()
            }
        }
    }

    private static func copyActors(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        try await copy("actors", ["actor", "name", "name_folded", "kind", "affiliation", "name_rank", "affiliation_folded", "guess",
                                  "roles", "roles_folded"], rows: corpus.actors.count, connection, progress) { rows in
            for actor in corpus.actors {
                let roles = actor.roles.isEmpty ? nil : actor.roles.map(\.description).joined(separator: "; ")
                rows.integer(actor.id)
                rows.text(actor.name)
                rows.text(Folding.fold(actor.name))
                rows.text(actor.kind.rawValue)
                rows.optionalText(actor.affiliation)
                rows.integer(Int(corpus.actorNameRanks[actor.id]))
                rows.optionalText(actor.affiliation.map(Folding.fold))
                rows.optionalText(actor.guessedKind?.rawValue)
                rows.optionalText(roles)
                rows.optionalText(roles.map(Folding.fold))
                try await rows.endRow()
            }
        }
        let formCount = corpus.actors.reduce(0) { $0 + $1.forms.count }
        try await copy("actor_forms", ["actor", "form", "form_folded", "kind", "case_sensitive", "ambiguous"],
                       rows: formCount, connection, progress) { rows in
            for actor in corpus.actors {
                for form in actor.forms {
                    rows.integer(actor.id)
                    rows.text(form.text)
                    rows.text(Folding.fold(form.text))
                    rows.text(form.kind.rawValue)
                    rows.boolean(form.isCaseSensitive)
                    rows.boolean(form.isAmbiguous)
                    try await rows.endRow()
                }
            }
        }
    }

    private static func copyTerms(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        let terms = corpus.index.terms
        try await copy("terms", ["term", "text", "stem"], rows: terms.count, connection, progress) { rows in
            for (id, term) in terms.enumerated() {
                rows.integer(id)
                rows.text(term)
                rows.text(DutchStemmer.shared.stem(term))
                try await rows.endRow()
            }
        }
    }

    /// Every way each word answers a search, read from krant's own index so that the server finds what krant
    /// finds: the whole word, its genitive base and its compound parts.
    private static func copyPostings(_ corpus: Corpus, _ connection: PostgresConnection, _ progress: @Sendable (String) -> Void) async throws {
        let index = corpus.index
        try await copy("postings", ["article", "position", "sentence", "slot", "part", "parts", "term"],
                       rows: index.wordCount, of: "words", connection, progress) { rows in
            for article in corpus.articles {
                for position in article.words {
                    let sentence = index.sentence(ofWord: position)
                    let (parts, base) = index.compoundPartsAndGenitiveBase(ofWord: position)
                    func posting(_ slot: String, _ part: Int, _ term: Int32) async throws {
                        rows.integer(article.number)
                        rows.integer(position)
                        rows.integer(sentence)
                        rows.text(slot)
                        rows.integer(part)
                        rows.integer(parts.count)
                        rows.integer(Int(term))
                        try await rows.endRow()
                    }
                    try await posting("w", 0, index.term(ofWord: position))
                    if let base { try await posting("g", 0, base) }
                    if parts.count > 1 {
                        for (part, term) in parts.enumerated() { try await posting("p", part, term) }
                    }
                }
            }
        }
    }

    private static func copyMeta(_ corpus: Corpus, _ connection: PostgresConnection) async throws {
        let entries = [
            ("schema_version", String(PostgresSchema.version)),
            ("format_version", String(CorpusSnapshot.formatVersion)),
            ("gazetteer_fingerprint", String(CorpusSnapshot.fingerprint(of: corpus.gazetteer), radix: 16)),
            ("articles", String(corpus.articles.count)),
            ("exported_at", ISO8601DateFormatter().string(from: Date())),
        ]
        try await connection.copyFrom(table: "krant_meta", columns: ["key", "value"], logger: PostgresDatabase.logger) { writer in
            var rows = CopyRowWriter(writer)
            for (key, value) in entries {
                rows.text(key)
                rows.text(value)
                try await rows.endRow()
            }
            try await rows.flush()
        }
    }
}
