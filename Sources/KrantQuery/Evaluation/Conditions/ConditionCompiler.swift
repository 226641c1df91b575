import Foundation
import KrantCorpus

/// Checks a condition against the fields of the rows and compiles it into a `Filter`, choosing index
/// postings wherever one applies.
struct ConditionCompiler {
    let corpus: Corpus
    let kind: RowKind
    let resolver: FieldResolver
    /// False evaluates every condition by scanning rows, for benchmarks and differential tests.
    var usesIndexes = true

    func compile(_ condition: Condition) throws(Diagnostic) -> Filter {
        switch condition {
        case .and(let operands): .and(try operands.map { condition throws(Diagnostic) in try compile(condition) })
        case .or(let operands): .or(try operands.map { condition throws(Diagnostic) in try compile(condition) })
        case .not(let inner, _): .not(try compile(inner))
        case .test(let test): try compile(test)
        }
    }

    private func compile(_ test: Test) throws(Diagnostic) -> Filter {
        let field = try resolver.field(test.field)
        switch field.type {
        case .actor: return try actorFilter(test, field: field)
        case .date: return try dateFilter(test, field: field)
        case .integer: return try integerFilter(test, field: field)
        case .decimal: return try decimalFilter(test, field: field)
        case .enumeration(let cases): return try enumerationFilter(test, field: field, cases: cases)
        case .text, .indexedText: return try textFilter(test, field: field)
        }
    }

    // MARK: Actors

    private func actorFilter(_ test: Test, field: Field) throws(Diagnostic) -> Filter {
        let literals: [Literal]
        var negated = false
        switch test.kind {
        case .compare(.equal, let literal): literals = [literal]
        case .compare(.notEqual, let literal): literals = [literal]; negated = true
        case .member(let list): literals = list
        case .compare(let op, let literal):
            throw Diagnostic(.semantic, "'\(op.rawValue)' does not apply to actors", at: literal.range,
                             help: "use actor = \"…\", actor != \"…\" or actor in (\"…\", \"…\")")
        default:
            throw Diagnostic(.semantic, "'\(test.field.text)' takes =, != or in", at: test.range,
                             help: "write actor = \"NAVO\" or actor in (\"China\", \"India\")")
        }
        var actors: [Int] = []
        for literal in literals {
            actors += try ActorResolver(corpus: corpus).actors(named: literal)
        }
        let filter: Filter
        switch kind {
        case _ where !usesIndexes:
            let names = Set(actors.map { corpus.actors[$0].name })
            filter = .test { row in
                switch field.value(row) {
                case .list(let values): values.contains { if case .text(let name) = $0 { names.contains(name) } else { false } }
                case .text(let name): names.contains(name)
                default: false
                }
            }
        case .articles: filter = .postings(SortedSets.union(of: actors.map { corpus.index.articles(ofActor: $0) }))
        case .sentences: filter = .postings(SortedSets.union(of: actors.map { corpus.index.sentences(ofActor: $0) }))
        case .mentions: filter = .postings(SortedSets.union(of: actors.map { corpus.index.mentions(ofActor: $0) }))
        case .actors, .groups, .concordance, .timeline, .cooccurrences, .words, .explanation:
            let names = Set(actors.map { corpus.actors[$0].name })
            filter = .test { row in
                if case .text(let name) = field.value(row) { return names.contains(name) }
                return false
            }
        }
        return negated ? .not(filter) : filter
    }

    // MARK: Dates

    private func dateFilter(_ test: Test, field: Field) throws(Diagnostic) -> Filter {
        let holds: @Sendable (DaySpan) -> Bool
        switch test.kind {
        case .compare(let op, let literal):
            let bound = DaySpan(try date(literal, field: test.field))
            holds = { DateComparison.holds($0, op, bound) }
        case .member(let list):
            var bounds: [DaySpan] = []
            for literal in list { bounds.append(DaySpan(try date(literal, field: test.field))) }
            let all = bounds
            holds = { value in all.contains { value.isWithin($0) } }
        case .between(let low, let high):
            let span = DaySpan(first: try date(low, field: test.field).firstDay, last: try date(high, field: test.field).lastDay)
            holds = { $0.isWithin(span) }
        case .contains, .near, .matches:
            throw Diagnostic(.semantic, "'\(test.field.text)' is a date; compare it with =, <, >, in or between",
                             at: test.range, help: "write for example \(test.field.text) between 2022-01 and 2022-06")
        }
        if usesIndexes, field.name == "date" {
            // The article's own date, read from day numbers kept per article rather than through the field.
            let days = corpus.articleDays
            switch kind {
            case .articles:
                // One pass in article order yields ascending postings, which intersect with actor and word postings.
                var rows: [Int32] = []
                for (article, span) in days.enumerated() where span.map(holds) ?? false { rows.append(Int32(article)) }
                return .postings(rows)
            case .sentences:
                let sentences = corpus.sentences
                return .test { row in days[sentences[row].article].map(holds) ?? false }
            case .mentions:
                let mentions = corpus.mentions
                return .test { row in days[mentions[row].article].map(holds) ?? false }
            case .actors, .groups, .concordance, .timeline, .cooccurrences, .words, .explanation:
                break
            }
        }
        return .test { row in
            if case .date(let value) = field.value(row) { return holds(DaySpan(value)) }
            return false
        }
    }

    private func date(_ literal: Literal, field: Name) throws(Diagnostic) -> CorpusDate {
        switch literal.kind {
        case .date(let date): return date
        case .integer(let year):
            do { return try CorpusDate(year: year) } catch {
                throw Diagnostic(.semantic, "bad date '\(year)': \(error)", at: literal.range)
            }
        case .string(let text):
            if let date = try? CorpusDate(parsing: text) { return date }
            fallthrough
        case .word:
            throw Diagnostic(.semantic, "'\(field.text)' is a date, and \(describe(literal)) is not one", at: literal.range,
                             help: "write a date without quotes: 2022, 2022-03 or 2022-03-15")
        }
    }

    // MARK: Numbers

    private func integerFilter(_ test: Test, field: Field) throws(Diagnostic) -> Filter {
        func number(_ literal: Literal) throws(Diagnostic) -> Int {
            if case .integer(let value) = literal.kind { return value }
            throw Diagnostic(.semantic, "'\(test.field.text)' is a number, and \(describe(literal)) is not one", at: literal.range,
                             help: "write a whole number, such as \(test.field.text) > 500")
        }
        let check: @Sendable (Int) -> Bool
        switch test.kind {
        case .compare(let op, let literal):
            let bound = try number(literal)
            check = { op.holds($0, bound) }
        case .member(let list):
            var values = Set<Int>()
            for literal in list { values.insert(try number(literal)) }
            let all = values
            check = { all.contains($0) }
        case .between(let low, let high):
            let range = (try number(low), try number(high))
            check = { $0 >= range.0 && $0 <= range.1 }
        case .contains, .near, .matches:
            throw Diagnostic(.semantic, "'\(test.field.text)' is a number; compare it with =, <, >, in or between", at: test.range)
        }
        return .test { row in
            if case .integer(let value) = field.value(row) { return check(value) }
            return false
        }
    }

    /// Measures compare with any number: `g2 > 10`, `logdice between 7 and 14`.
    private func decimalFilter(_ test: Test, field: Field) throws(Diagnostic) -> Filter {
        func number(_ literal: Literal) throws(Diagnostic) -> Double {
            if case .integer(let value) = literal.kind { return Double(value) }
            throw Diagnostic(.semantic, "'\(test.field.text)' is a number, and \(describe(literal)) is not one", at: literal.range,
                             help: "write a whole number, such as \(test.field.text) > 10")
        }
        let check: @Sendable (Double) -> Bool
        switch test.kind {
        case .compare(let op, let literal):
            let bound = try number(literal)
            check = { op.holds($0, bound) }
        case .between(let low, let high):
            let range = (try number(low), try number(high))
            check = { $0 >= range.0 && $0 <= range.1 }
        default:
            throw Diagnostic(.semantic, "'\(test.field.text)' is a measure; compare it with <, >, = or between", at: test.range)
        }
        return .test { row in
            if case .double(let value) = field.value(row) { return check(value) }
            return false
        }
    }

    // MARK: Enumerations

    private func enumerationFilter(_ test: Test, field: Field, cases: [String]) throws(Diagnostic) -> Filter {
        let asked = try EnumerationTest(test, cases: cases)
        let accepted = Set(asked.words)
        let filter = Filter.test { row in
            if case .text(let value) = field.value(row) { return accepted.contains(value) }
            return false
        }
        return asked.negated ? .not(filter) : filter
    }

    // MARK: Text

    private func textFilter(_ test: Test, field: Field) throws(Diagnostic) -> Filter {
        switch test.kind {
        case .contains(let literal, let stemmed):
            guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else {
                throw Diagnostic(.semantic, "'contains' needs at least one word", at: literal.range)
            }
            if field.type == .indexedText {
                if usesIndexes, let postings = indexedPostings(pattern) { return .postings(postings) }
                if kind == .articles {
                    // Phrases never cross a sentence boundary, with or without the index.
                    let corpus = self.corpus
                    return .test { row in
                        corpus.articles[row].sentences.contains { pattern.occurs(in: String(corpus.text(of: corpus.sentences[$0]))) }
                    }
                }
            }
            return .test { row in pattern.occurs(in: field.value(row).description) }
        case .near(let proximity):
            return try proximityFilter(proximity, field: field)
        case .matches(let pattern, let caseInsensitive, let range):
            let regex = try BoundedRegex(pattern: pattern, caseInsensitive: caseInsensitive, range: range)
            return .test { row throws(Diagnostic) in try regex.matches(field.value(row).description) }
        case .compare(let op, let literal):
            let bound = Folding.fold(try text(literal, field: test.field))
            return .test { row in
                let value = field.value(row)
                if case .null = value { return op == .notEqual }
                return op.holds(Folding.fold(value.description), bound)
            }
        case .member(let list):
            var values = Set<String>()
            for literal in list { values.insert(Folding.fold(try text(literal, field: test.field))) }
            let all = values
            return .test { row in all.contains(Folding.fold(field.value(row).description)) }
        case .between(let low, let high):
            let range = (Folding.fold(try text(low, field: test.field)), Folding.fold(try text(high, field: test.field)))
            return .test { row in
                let folded = Folding.fold(field.value(row).description)
                return folded >= range.0 && folded <= range.1
            }
        }
    }

    /// `contains "A" within N of "B"`: through the word index for the text of articles and sentences, else by
    /// tokenising each row's text, sentence by sentence, as the index has it.
    private func proximityFilter(_ proximity: Proximity, field: Field) throws(Diagnostic) -> Filter {
        let near = try Self.proximity(proximity)
        guard field.type == .indexedText, kind == .articles || kind == .sentences else {
            return .test { row in near.occurs(inSentences: [field.value(row).description], anchors: 0..<1) }
        }
        let corpus = self.corpus
        if usesIndexes {
            let sentences = corpus.index.sentences(ofWords: near.anchors(in: corpus))
            if kind == .sentences { return .postings(sentences) }
            return .postings(SortedSets.deduplicated(sentences.map { Int32(corpus.sentences[Int($0)].article) }))
        }
        @Sendable func texts(_ sentences: Range<Int>) -> [String] { sentences.map { String(corpus.text(of: corpus.sentences[$0])) } }
        switch (kind, near.crossesSentences) {
        case (.sentences, false):
            return .test { row in near.occurs(inSentences: texts(row..<(row + 1)), anchors: 0..<1) }
        case (.sentences, true):
            return .test { row in
                let article = corpus.articles[corpus.sentences[row].article].sentences
                let place = row - article.lowerBound
                return near.occurs(inSentences: texts(article), anchors: place..<(place + 1))
            }
        case (_, false):
            return .test { row in corpus.articles[row].sentences.contains { near.occurs(inSentences: texts($0..<($0 + 1)), anchors: 0..<1) } }
        case (_, true):
            return .test { row in near.occurs(inSentences: texts(corpus.articles[row].sentences), anchors: 0..<corpus.articles[row].sentences.count) }
        }
    }

    /// The proximity test as written, checked: a distance from 1 to 1000, a sentence or an article.
    static func proximity(_ proximity: Proximity) throws(Diagnostic) -> WordProximity {
        func pattern(_ literal: Literal, stemmed: Bool) throws(Diagnostic) -> TextPattern {
            guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else {
                throw Diagnostic(.semantic, "'contains' needs at least one word", at: literal.range)
            }
            return pattern
        }
        guard case .integer(let distance) = proximity.distance.kind, (1...1000).contains(distance) else {
            throw Diagnostic(.semantic, "'within' takes a number of words from 1 to 1000", at: proximity.distance.range,
                             help: "write for example: text contains \"Poetin\" within 10 of \"kernwapens\"")
        }
        var crossesSentences = false
        if let unit = proximity.unit {
            switch unit.text.lowercased() {
            case "sentence", "sentences": break
            case "article", "articles": crossesSentences = true
            default:
                throw Diagnostic(.semantic, "words are near each other in a sentence or an article, not '\(unit.text)'", at: unit.range,
                                 help: Suggestions.didYouMean(unit.text, among: ["sentence", "article"]))
            }
        }
        return WordProximity(first: try pattern(proximity.first, stemmed: proximity.firstStemmed),
                             second: try pattern(proximity.second, stemmed: proximity.secondStemmed),
                             distance: distance, crossesSentences: crossesSentences)
    }

    private func text(_ literal: Literal, field: Name) throws(Diagnostic) -> String {
        switch literal.kind {
        case .string(let text), .word(let text): return text
        case .integer(let value): return String(value)
        case .date(let date): return date.description
        }
    }

    /// Rows holding the pattern, from the word index; nil where the rows are not articles or sentences.
    private func indexedPostings(_ pattern: TextPattern) -> [Int32]? {
        let positions = pattern.wordPositions(in: corpus.index)
        switch kind {
        case .sentences:
            return corpus.index.sentences(ofWords: positions)
        case .articles:
            if pattern.words.count == 1 && !pattern.lastIsPrefix && pattern.stems == nil, let term = corpus.index.termID(pattern.words[0]) {
                return corpus.index.articles(withTerm: term)
            }
            return SortedSets.deduplicated(corpus.index.sentences(ofWords: positions).map { Int32(corpus.sentences[Int($0)].article) })
        default:
            return nil
        }
    }

    private func describe(_ literal: Literal) -> String {
        switch literal.kind {
        case .string(let text): "\"\(text)\""
        case .word(let text): "'\(text)'"
        case .integer(let value): String(value)
        case .date(let date): date.description
        }
    }
}

extension Test.Operator {
    /// The comparison between two plain values (numbers, folded text).
    func holds<Operand: Comparable>(_ value: Operand, _ bound: Operand) -> Bool {
        switch self {
        case .equal: value == bound
        case .notEqual: value != bound
        case .less: value < bound
        case .lessOrEqual: value <= bound
        case .greater: value > bound
        case .greaterOrEqual: value >= bound
        }
    }
}

/// Date comparisons read as intervals: `<` ends before the other begins, `=` lies within it.
enum DateComparison {
    static func holds(_ value: DaySpan, _ op: Test.Operator, _ bound: DaySpan) -> Bool {
        let within = value.isWithin(bound)
        switch op {
        case .equal: return within
        case .notEqual: return !within
        case .less: return value.last < bound.first
        case .lessOrEqual: return value.last < bound.first || within
        case .greater: return value.first > bound.last
        case .greaterOrEqual: return value.first > bound.last || within
        }
    }
}
