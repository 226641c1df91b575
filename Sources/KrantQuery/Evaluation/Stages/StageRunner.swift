import KrantCorpus

/// What every stage runs with: the corpus, the statement's cancellation, and conditions compiled against the
/// current rows.
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
