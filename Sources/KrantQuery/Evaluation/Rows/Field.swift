import KrantCorpus

/// A named value of a row, with how to read it.
struct Field: Sendable {
    let name: String
    let type: FieldType
    /// One-line help for `.fields`.
    let summary: String
    /// The value of the row at a position (an article number, sentence position, … or record index).
    let value: @Sendable (Int) -> Value
    /// For dates: the value as a `DateCode`, for counting without hashing values.
    var dateCode: (@Sendable (Int) -> Int)?
}

/// The fields of each kind of row.
enum FieldCatalog {
    /// Field names per built-in kind, for messages, completion and `.fields`, without needing a corpus.
    static func names(of kind: RowKind) -> [String] {
        switch kind {
        case .articles: ["id", "date", "title", "text", "words", "actor", "source", "url", "author", "provenance"]
        case .sentences: ["text", "actor", "date", "article", "segment"]
        case .mentions: ["actor", "form", "kind", "role", "date", "article", "segment", "sentence"]
        case .actors: ActorTable.columns.map(\.name)
        case .concordance: ["article", "date", "left", "hit", "right"]
        case .cooccurrences: ["actor", "partner", "together", "expected", "actor_count", "partner_count", "g2", "pmi", "logdice"]
        case .groups, .timeline, .words, .explanation: []
        }
    }

    static func fields(of kind: RowKind, in corpus: Corpus) -> [Field] {
        let segments = SegmentKind.allCases.map(\.rawValue)
        @Sendable func date(_ article: Int) -> Value { corpus.articles[article].date.map(Value.date) ?? .null }
        @Sendable func dateField(summary: String, article: @escaping @Sendable (Int) -> Int) -> Field {
            var field = Field(name: "date", type: .date, summary: summary) { date(article($0)) }
            let codes = corpus.articleDateCodes
            field.dateCode = { codes[article($0)] }
            return field
        }
        @Sendable func actorList(_ mentions: Range<Int>) -> Value {
            var seen = Set<Int>()
            return .list(corpus.mentions[mentions].compactMap {
                seen.insert($0.actor).inserted ? .text(corpus.actors[$0.actor].name) : nil
            })
        }
        switch kind {
        case .articles:
            return [
                Field(name: "id", type: .text, summary: "the file name or JSON Lines id") { .text(corpus.articles[$0].id) },
                dateField(summary: "the date, as an interval at year, month or day precision") { $0 },
                Field(name: "title", type: .text, summary: "the headline, or else the lead's first sentence") { .text(corpus.articles[$0].title) },
                Field(name: "text", type: .indexedText, summary: "the whole text, searched word by word") { .text(corpus.articles[$0].text) },
                Field(name: "words", type: .integer, summary: "the number of words") { .integer(corpus.articles[$0].wordCount) },
                Field(name: "actor", type: .actor, summary: "the actors it mentions") { actorList(corpus.articles[$0].mentions) },
                Field(name: "source", type: .text, summary: "the source, where given") { corpus.articles[$0].source.map(Value.text) ?? .null },
                Field(name: "url", type: .text, summary: "the address, where given") { corpus.articles[$0].url.map(Value.text) ?? .null },
                Field(name: "author", type: .text, summary: "the writer named in the byline (Door …), where there is one") {
                    corpus.articles[$0].author.map(Value.text) ?? .null
                },
                Field(name: "provenance", type: .enumeration(DateProvenance.allCases.map(\.rawValue)),
                      summary: "where the date came from: header, timestamp, dateline, text (the latest date in the opening) or none") { .text(corpus.articles[$0].dateProvenance.rawValue) },
            ]
        case .sentences:
            return [
                Field(name: "text", type: .indexedText, summary: "the sentence, searched word by word") { .text(String(corpus.text(of: corpus.sentences[$0]))) },
                Field(name: "actor", type: .actor, summary: "the actors it mentions") { actorList(corpus.sentences[$0].mentions) },
                dateField(summary: "the date of its article") { corpus.sentences[$0].article },
                Field(name: "article", type: .text, summary: "the id of its article") { .text(corpus.articles[corpus.sentences[$0].article].id) },
                Field(name: "segment", type: .enumeration(segments), summary: "title, lead, body, heading, caption or related") { .text(corpus.sentences[$0].segment.rawValue) },
            ]
        case .mentions:
            return [
                Field(name: "actor", type: .actor, summary: "the actor mentioned") { .text(corpus.actors[corpus.mentions[$0].actor].name) },
                Field(name: "form", type: .text, summary: "the words as written: Poetins, NAVO, Russische") { .text(String(corpus.form(of: corpus.mentions[$0]))) },
                Field(name: "kind", type: .enumeration(MentionKind.allCases.map(\.rawValue)),
                      summary: "name, adjective, demonym, metonym or role (a role phrase such as 'de Russische president')") { .text(corpus.mentions[$0].kind.rawValue) },
                Field(name: "role", type: .text, summary: "for a role mention: the role that named the person on the article's date") {
                    let mention = corpus.mentions[$0]
                    return mention.roleTerm.map { .text(corpus.actors[mention.actor].roles[$0].role) } ?? .null
                },
                dateField(summary: "the date of its article") { corpus.mentions[$0].article },
                Field(name: "article", type: .text, summary: "the id of its article") { .text(corpus.articles[corpus.mentions[$0].article].id) },
                Field(name: "segment", type: .enumeration(segments), summary: "the segment it stands in") { .text(corpus.sentences[corpus.mentions[$0].sentence].segment.rawValue) },
                Field(name: "sentence", type: .text, summary: "the sentence it stands in") { .text(String(corpus.text(of: corpus.sentences[corpus.mentions[$0].sentence]))) },
            ]
        case .actors, .groups, .concordance, .timeline, .cooccurrences, .words, .explanation:
            return []
        }
    }

    /// The columns shown when no `select` chose others.
    static func defaultColumns(of kind: RowKind) -> [String] {
        switch kind {
        case .articles: ["id", "date", "title"]
        case .sentences: ["article", "date", "segment", "text"]
        case .mentions: ["article", "date", "actor", "form", "kind", "segment"]
        // An actor's roles are long; `select … role` asks for them.
        case .actors: names(of: kind).filter { $0 != "role" }
        case .concordance, .cooccurrences: names(of: kind)
        case .groups, .timeline, .words, .explanation: []
        }
    }
}

/// A field as documentation: for `.fields`, completion and help.
public struct FieldDescription: Sendable, Hashable {
    public let name: String
    public let type: FieldType
    public let summary: String
}

extension Query {
    /// The fields of a built-in kind of row, with their types and a one-line summary.
    public static func fields(of kind: RowKind, in corpus: Corpus) -> [FieldDescription] {
        let fields = kind == .actors
            ? ActorTable.relation(mentions: [], in: corpus).fields(in: corpus)
            : Relation(kind: kind, rows: []).fields(in: corpus)
        return fields.map { FieldDescription(name: $0.name, type: $0.type, summary: $0.summary.isEmpty ? ActorTable.summaries[$0.name] ?? "" : $0.summary) }
    }

    /// The columns shown for a built-in kind of row when no `select` chose others.
    public static func defaultColumns(of kind: RowKind) -> [String] {
        FieldCatalog.defaultColumns(of: kind)
    }

    /// Field names of a built-in kind of row, without needing a corpus (for completion).
    public static func fieldNames(of kind: RowKind) -> [String] {
        FieldCatalog.names(of: kind) + CorpusDate.Precision.allCases.map(\.rawValue)
    }
}
