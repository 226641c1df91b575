/// One stage of the language: the keywords that start it, how completion and messages name it, its line in
/// `.help stages`, and how the parser reads what follows its first keyword.
public struct StageEntry: Sendable {
    /// The keywords that start it: `sort` and `order` both start a sort.
    let keywords: [Keyword]
    /// How it begins, as completion offers it and messages list it: `sort by`, `count`, `count by`.
    public let words: [String]
    /// Its form, for `.help stages`: `limit N [offset M]`.
    public let usage: String
    /// What it does, in a line or two.
    public let summary: String
    /// Reads the stage after its first keyword, which is given.
    let parse: @Sendable (inout Parser, Keyword) throws(Diagnostic) -> Stage.Kind
}

/// Every stage in one table, which the parser dispatches through and completion and `.help` read: a new stage
/// is an entry here, a case of `Stage.Kind`, and its evaluation in a file of its own.
public enum StageCatalog {
    public static let entries: [StageEntry] = [
        StageEntry(keywords: [.where], words: ["where"], usage: "where CONDITION", summary: "keep the rows that satisfy it") { parser, _ throws(Diagnostic) in
            .filter(try parser.parseCondition())
        },
        StageEntry(keywords: [.sort, .order], words: ["sort by", "order by"], usage: "sort by FIELD [asc|desc], …",
                   summary: "order the rows ('order by' works too)") { parser, keyword throws(Diagnostic) in
            try parser.consume(.keyword(.by), "'by' after '\(keyword.rawValue)'")
            var keys = [try parser.parseSortKey()]
            while parser.match(.comma) { keys.append(try parser.parseSortKey()) }
            return .sort(keys)
        },
        StageEntry(keywords: [.limit], words: ["limit"], usage: "limit N [offset M]", summary: "keep N rows, after skipping M") { parser, _ throws(Diagnostic) in
            let count = try parser.parseInteger(after: "limit")
            let offset = parser.match(.keyword(.offset)) ? try parser.parseInteger(after: "offset") : nil
            return .limit(count: count, offset: offset)
        },
        StageEntry(keywords: [.select], words: ["select"], usage: "select FIELD, …", summary: "choose the columns shown") { parser, _ throws(Diagnostic) in
            .select(try parser.parseFieldList())
        },
        StageEntry(keywords: [.count], words: ["count", "count by"], usage: "count [by FIELD, …]",
                   summary: "the number of rows; by keys (day, month, year too), rows of key values with a count,\n"
                   + "and with 'per 1000 articles' or 'share' a rate against the corpus and a part of the rows") { parser, _ throws(Diagnostic) in
            guard parser.match(.keyword(.by)) else { return .count }
            return .countBy(try parser.parseFieldList(), try parser.parseNormalisation())
        },
        StageEntry(keywords: [.sentences, .mentions, .actors], words: ["sentences", "mentions", "actors"], usage: "sentences | mentions | actors",
                   summary: "the sentences, mentions or actor table of the current rows") { _, keyword in
            .expand(keyword)
        },
        StageEntry(keywords: [.kwic], words: ["kwic"], usage: "kwic \"TEXT\" [width N]", summary: "each hit with its context (see .help analysis)") { parser, _ throws(Diagnostic) in
            try parser.parseConcordance()
        },
        StageEntry(keywords: [.timeline], words: ["timeline"], usage: "timeline [by day|month|year]",
                   summary: "counts per period, every period listed; 'per 1000 articles' and 'share' as for count") { parser, _ throws(Diagnostic) in
            try parser.parseTimeline()
        },
        StageEntry(keywords: [.cooccur], words: ["cooccur"], usage: "cooccur [with \"ACTOR\"]",
                   summary: "actors mentioned together, with G², PMI and logDice") { parser, _ throws(Diagnostic) in
            try parser.parseCooccurrence()
        },
        StageEntry(keywords: [.collocates], words: ["collocates"], usage: "collocates \"WORD\" [window N]",
                   summary: "words near a word (or collocates actor \"NAME\"), with G², PMI, logDice and DP") { parser, _ throws(Diagnostic) in
            try parser.parseCollocates()
        },
        StageEntry(keywords: [.terms, .keywords], words: ["terms", "keywords"], usage: "terms | keywords",
                   summary: "word frequencies (per million, DP), keyness against the rest of the corpus") { parser, keyword throws(Diagnostic) in
            let top = try parser.parseTop()
            return .wordList(keyword == .terms ? .terms : .keywords, size: nil, top: top, options: try parser.parseWordListOptions())
        },
        StageEntry(keywords: [.ngrams], words: ["ngrams"], usage: "ngrams N", summary: "frequent sequences of N words") { parser, _ throws(Diagnostic) in
            let size = try parser.parseInteger(after: "ngrams")
            return .wordList(.ngrams, size: size, top: try parser.parseTop(), options: WordListOptions(keepsStopwords: true, keepsNumbers: true))
        },
        StageEntry(keywords: [.explain], words: ["explain"], usage: "explain",
                   summary: "last: which index each test used, row counts, and where each row matched") { _, _ in
            .explain
        },
        StageEntry(keywords: [.plot], words: ["plot"], usage: "plot [network] \"FILE\"",
                   summary: "last: the rows of timeline, count by, terms or cooccur as an SVG chart in FILE;\n"
                   + "cooccur also as a network ('network', or a .dot file for Graphviz)") { parser, _ throws(Diagnostic) in
            try parser.parsePlot()
        },
    ]

    /// The entry a keyword starts, if any.
    static func entry(startingWith keyword: Keyword) -> StageEntry? {
        entries.first { $0.keywords.contains(keyword) }
    }

    /// How each stage begins, in table order, for messages and completion.
    public static let words = entries.flatMap(\.words)
}
