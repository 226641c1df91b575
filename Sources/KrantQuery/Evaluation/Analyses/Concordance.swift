import KrantCorpus

/// `kwic`: every hit in the current rows with the text on either side, like AntConc's concordance.
extension StageRunner {
    static let concordanceColumns: [(name: String, type: FieldType)] = [
        ("article", .text), ("date", .date), ("left", .text), ("hit", .text), ("right", .text),
    ]

    /// With `keeping`, only that many first hits are wanted (a `limit` follows), so the search stops there.
    func concordance(_ relation: Relation, of target: ConcordanceTarget, width literal: Literal?,
                     range: Range<Int>, keeping wanted: Int? = nil) throws(Diagnostic) -> Relation {
        let wanted = wanted ?? Int.max
        let width = try contextWidth(literal)
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'kwic' needs articles, sentences or mentions, but these rows are \(relation.kind.rawValue)", at: range)
        }
        var hits: [(article: Int, range: Range<Int>)] = []
        switch target {
        case .text(let literal, let stemmed):
            guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else {
                throw Diagnostic(.semantic, "'kwic' needs at least one word", at: literal.range)
            }
            guard relation.kind != .mentions else {
                throw Diagnostic(.semantic, "'kwic \"…\"' searches articles or sentences; for mentions write kwic actor \"…\"", at: range)
            }
            hits = try textHits(pattern, in: relation, keeping: wanted)
        case .actor(let literal):
            let actors = Set(try ActorResolver(corpus: corpus).actors(named: literal))
            for (offset, mention) in mentionPositions(of: relation).enumerated() where hits.count < wanted {
                if offset & 4095 == 0 { try cancellation.check() }
                let record = corpus.mentions[Int(mention)]
                if actors.contains(record.actor) { hits.append((record.article, record.range)) }
            }
        }
        var records: [[Value]] = []
        records.reserveCapacity(hits.count)
        for (offset, hit) in hits.enumerated() {
            if offset & 4095 == 0 { try cancellation.check() }
            let article = corpus.articles[hit.article]
            // Context stays within the article's paragraphs: never the `date` header before them.
            let body = (article.paragraphs.first?.range.lowerBound ?? 0)..<(article.paragraphs.last?.range.upperBound ?? 0)
            records.append([.text(article.id), article.date.map(Value.date) ?? .null,
                    .text(Self.singleLine(article.text.utf8Slice(body.lowerBound..<hit.range.lowerBound).suffix(width))),
                    .text(Self.singleLine(article.text.utf8Slice(hit.range))),
                    .text(Self.singleLine(article.text.utf8Slice(hit.range.upperBound..<body.upperBound).prefix(width)))])
        }
        var result = Relation(kind: .concordance, rows: records.indices.map(Int32.init), records: records,
                              recordColumns: Self.concordanceColumns)
        // `sort by left` orders by the word next to the hit, then the one before it, as concordancers do.
        result.sortKeys["left"] = { value in
            .text(value.description.split(separator: " ").reversed().joined(separator: " "))
        }
        return result
    }

    private func contextWidth(_ literal: Literal?) throws(Diagnostic) -> Int {
        guard let literal else { return 40 }
        guard case .integer(let value) = literal.kind, (1...1_000).contains(value) else {
            throw Diagnostic(.semantic, "'width' takes a number of characters from 1 to 1000", at: literal.range)
        }
        return value
    }

    /// Byte ranges of the pattern's occurrences in the rows, in row order.
    private func textHits(_ pattern: TextPattern, in relation: Relation, keeping wanted: Int) throws(Diagnostic) -> [(article: Int, range: Range<Int>)] {
        let matches = pattern.matches(in: corpus.index)
        let starts = matches.map(\.first)
        var hits: [(article: Int, range: Range<Int>)] = []
        for (offset, row) in relation.rows.enumerated() where hits.count < wanted {
            if offset & 1023 == 0 { try cancellation.check() }
            let words: Range<Int>, article: Int
            if relation.kind == .articles {
                words = corpus.articles[Int(row)].words
                article = Int(row)
            } else {
                words = corpus.sentences[Int(row)].words
                article = corpus.sentences[Int(row)].article
            }
            var index = lowerBound(of: Int32(words.lowerBound), in: starts)
            while index < starts.count, Int(starts[index]) < words.upperBound, hits.count < wanted {
                let match = matches[index]
                if let range = byteRange(ofWords: Int(match.first), count: Int(match.last - match.first) + 1) {
                    hits.append((article, range))
                }
                index += 1
            }
        }
        return hits
    }

    /// Where consecutive words stand in their article's text, found by tokenising just their sentence.
    func byteRange(ofWords first: Int, count: Int) -> Range<Int>? {
        let sentence = corpus.sentences[corpus.index.sentence(ofWord: first)]
        let text = corpus.articles[sentence.article].text
        let words = Tokenizer.words(in: text, range: sentence.range)
        let offset = first - sentence.words.lowerBound
        guard offset >= 0, offset + count <= words.count else { return nil }
        return words[offset].range.lowerBound..<words[offset + count - 1].range.upperBound
    }

    private func mentionPositions(of relation: Relation) -> [Int32] {
        switch relation.kind {
        case .articles: relation.rows.flatMap { corpus.articles[Int($0)].mentions.map(Int32.init) }
        case .sentences: relation.rows.flatMap { corpus.sentences[Int($0)].mentions.map(Int32.init) }
        default: relation.rows
        }
    }

    private func lowerBound(of value: Int32, in sorted: [Int32]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The text on one line, each run of white space (paragraph breaks too) made a single space.
    static func singleLine(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
