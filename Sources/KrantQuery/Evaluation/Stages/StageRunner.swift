import KrantCorpus

/// The stages after `|`, each taking a relation to a new one.
struct StageRunner {
    let corpus: Corpus
    let cancellation: Cancellation
    var usesIndexes = true

    func compile(_ condition: Condition, for relation: Relation) throws(Diagnostic) -> Filter {
        let resolver = FieldResolver(fields: relation.fields(in: corpus), kind: relation.kind)
        return try ConditionCompiler(corpus: corpus, kind: relation.kind, resolver: resolver, usesIndexes: usesIndexes).compile(condition)
    }

    func filter(_ relation: Relation, by condition: Condition) throws(Diagnostic) -> Relation {
        try apply(try compile(condition, for: relation), to: relation)
    }

    func apply(_ filter: Filter, to relation: Relation) throws(Diagnostic) -> Relation {
        var result = relation
        let isAscending = relation.rows.isSortedAscending
        let kept = try filter.apply(to: isAscending ? relation.rows : relation.rows.sorted(), checking: cancellation)
        if isAscending {
            result.rows = kept
        } else {
            let keep = Set(kept)
            result.rows = relation.rows.filter { keep.contains($0) }
        }
        return result
    }

    /// Sorts the rows; with `keeping`, only that many first rows are wanted (a `limit` follows), so they are
    /// picked out instead of sorting everything.
    func sort(_ relation: Relation, by keys: [SortKey], keeping wanted: Int? = nil) throws(Diagnostic) -> Relation {
        let resolver = FieldResolver(fields: relation.fields(in: corpus), kind: relation.kind)
        var fields: [(Field, Bool)] = []
        for key in keys { fields.append((try resolver.field(key.field), key.descending)) }
        let width = fields.count
        var values: [OrderKey] = []
        values.reserveCapacity(relation.rows.count * width)
        // The readers, not the fields, in the row loop: copying a field copies its closures.
        let readers = fields.map(\.0.value)
        let transforms = fields.map { relation.sortKeys[$0.0.name] ?? { $0 } }
        for (offset, row) in relation.rows.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            for column in 0..<width { values.append(OrderKey(transforms[column](readers[column](Int(row))))) }
        }
        let descending = fields.map(\.1)
        // Ties keep their current order (the sort is made stable by position), so output is deterministic.
        func precedes(_ a: Int, _ b: Int) -> Bool {
            for column in 0..<width {
                let left = values[a * width + column], right = values[b * width + column]
                if left == right { continue }
                if case .null = left.value { return false }
                if case .null = right.value { return true }
                return descending[column] ? right < left : left < right
            }
            return a < b
        }
        var order: [Int]
        if let wanted, wanted < relation.rows.count / 4 {
            order = []
            order.reserveCapacity(wanted + 1)
            for index in relation.rows.indices {
                if order.count == wanted, wanted == 0 || !precedes(index, order[wanted - 1]) { continue }
                var low = 0, high = order.count
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(order[middle], index) { low = middle + 1 } else { high = middle }
                }
                order.insert(index, at: low)
                if order.count > wanted { order.removeLast() }
            }
        } else {
            order = relation.rows.indices.sorted(by: precedes)
        }
        var result = relation
        result.rows = order.map { relation.rows[$0] }
        return result
    }

    func limit(_ relation: Relation, count: Literal, offset: Literal?) throws(Diagnostic) -> Relation {
        func amount(_ literal: Literal, _ word: String) throws(Diagnostic) -> Int {
            guard case .integer(let value) = literal.kind, value >= 0 else {
                throw Diagnostic(.semantic, "'\(word)' takes a whole number of 0 or more", at: literal.range)
            }
            return value
        }
        let skip = try offset.map { literal throws(Diagnostic) in try amount(literal, "offset") } ?? 0
        let take = try amount(count, "limit")
        var result = relation
        result.rows = Array(relation.rows.dropFirst(min(skip, relation.rows.count)).prefix(take))
        return result
    }

    func select(_ relation: Relation, fields names: [Name]) throws(Diagnostic) -> Relation {
        let resolver = FieldResolver(fields: relation.fields(in: corpus), kind: relation.kind)
        var result = relation
        var selected: [String] = []
        for name in names { selected.append(try resolver.field(name).name) }
        result.selected = selected
        return result
    }

    /// `count by`: one row per combination of key values, with a count; a single date key lists every
    /// period from first to last, zeros included.
    func countBy(_ relation: Relation, keys names: [Name]) throws(Diagnostic) -> Relation {
        let resolver = FieldResolver(fields: relation.fields(in: corpus), kind: relation.kind)
        var keys: [Field] = []
        for name in names { keys.append(try resolver.field(name)) }
        var counts: [[Value]: Int] = [:]
        if keys.count == 1, let code = keys[0].dateCode {
            // A date or period: counted by integer code, decoded once per period.
            var coded: [Int: Int] = [:]
            for (offset, row) in relation.rows.enumerated() {
                if offset & 1023 == 0 { try cancellation.check() }
                coded[code(Int(row)), default: 0] += 1
            }
            for (code, count) in coded { counts[[DateCode.date(code).map(Value.date) ?? .null]] = count }
        } else if keys.count == 1 {
            // One key, the common case: counted by value, without making a one-element array per row.
            var single: [Value: Int] = [:]
            for (offset, row) in relation.rows.enumerated() {
                if offset & 1023 == 0 { try cancellation.check() }
                let value = keys[0].value(Int(row))
                if case .list(let items) = value {
                    for item in items { single[item, default: 0] += 1 }
                } else {
                    single[value, default: 0] += 1
                }
            }
            for (value, count) in single { counts[[value]] = count }
        } else {
            for (offset, row) in relation.rows.enumerated() {
                if offset & 1023 == 0 { try cancellation.check() }
                var combinations: [[Value]] = [[]]
                for key in keys {
                    let value = key.value(Int(row))
                    let values: [Value] = if case .list(let items) = value { items } else { [value] }
                    combinations = combinations.flatMap { prefix in values.map { prefix + [$0] } }
                }
                for combination in combinations { counts[combination, default: 0] += 1 }
            }
        }
        let byDate = keys.first?.type == .date
        if keys.count == 1, byDate { fillPeriods(&counts, precision: keys[0].name) }
        let records = counts.map { $0.key + [.integer($0.value)] }.sorted { left, right in
            if !byDate, left.last! != right.last! { return right.last! < left.last! }
            return left.lexicographicallyPrecedes(right)
        }
        return Relation(kind: .groups, rows: records.indices.map(Int32.init), records: records,
                        recordColumns: keys.map { ($0.name, $0.type) } + [("count", .integer)])
    }

    private func fillPeriods(_ counts: inout [[Value]: Int], precision name: String) {
        let allDates = counts.keys.compactMap { key -> CorpusDate? in if case .date(let date) = key[0] { date } else { nil } }
        guard let precision = CorpusDate.Precision(rawValue: name) ?? allDates.map(\.precision).max() else { return }
        let dates = allDates.filter { $0.precision == precision }
        guard let first = dates.min(), let last = dates.max() else { return }
        var period = first
        while period <= last {
            if counts[[.date(period)]] == nil { counts[[.date(period)]] = 0 }
            guard let next = period.next() else { break }
            period = next
        }
    }

    /// `sentences`, `mentions` or `actors` of the current rows.
    func expand(_ relation: Relation, to target: Keyword, range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'\(target.rawValue)' needs articles, sentences or mentions, but these rows are \(relation.kind.rawValue)",
                             at: range)
        }
        let ordered = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        switch target {
        case .sentences:
            let sentences: [Int32] = switch relation.kind {
            case .articles: ordered.flatMap { corpus.articles[Int($0)].sentences.map(Int32.init) }
            case .mentions: SortedSets.deduplicated(ordered.map { Int32(corpus.mentions[Int($0)].sentence) })
            default: ordered
            }
            return Relation(kind: .sentences, rows: sentences)
        case .mentions:
            return Relation(kind: .mentions, rows: mentions(of: relation.kind, ordered))
        default:
            // Every row of a table holds every mention: the table is read from the index, not counted.
            let tableSize = switch relation.kind {
            case .articles: corpus.articles.count
            case .sentences: corpus.sentences.count
            default: corpus.mentions.count
            }
            if ordered.count == tableSize, ordered.last.map({ Int($0) == tableSize - 1 }) ?? true, ordered.isSortedAscending {
                return ActorTable.wholeCorpus(corpus)
            }
            return ActorTable.relation(mentions: mentions(of: relation.kind, ordered), in: corpus)
        }
    }

    private func mentions(of kind: RowKind, _ rows: [Int32]) -> [Int32] {
        switch kind {
        case .articles: rows.flatMap { corpus.articles[Int($0)].mentions.map(Int32.init) }
        case .sentences: rows.flatMap { corpus.sentences[Int($0)].mentions.map(Int32.init) }
        default: rows
        }
    }
}

extension CorpusDate {
    /// The following period at the same precision (`2022-12` → `2023-01`), nil past year 9999.
    public func next() -> CorpusDate? {
        switch precision {
        case .year: return try? CorpusDate(year: year + 1)
        case .month: return month! == 12 ? try? CorpusDate(year: year + 1, month: 1) : try? CorpusDate(year: year, month: month! + 1)
        case .day:
            if let following = try? CorpusDate(year: year, month: month, day: day! + 1) { return following }
            return month! == 12 ? try? CorpusDate(year: year + 1, month: 1, day: 1) : try? CorpusDate(year: year, month: month! + 1, day: 1)
        }
    }
}

extension Array where Element == Int32 {
    var isSortedAscending: Bool {
        zip(self, dropFirst()).allSatisfy { $0 < $1 }
    }
}
