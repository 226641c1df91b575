import KrantCorpus

/// `timeline`: how many of the current rows fall in each period, every period from the first to the last.
extension StageRunner {
    func timeline(_ relation: Relation, by period: Name?, of actorNames: [Literal], _ normalisation: Normalisation = Normalisation(),
                  range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw TimelineTable.wrongRows(relation.kind, at: range)
        }
        let precision = try TimelineTable.precision(period)
        // One column per actor (or one for all rows), each a set of rows to count.
        var columns: [(name: String, rows: [Int32])] = []
        if actorNames.isEmpty {
            columns = [("count", relation.rows)]
        } else {
            let ascending = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
            for literal in actorNames {
                let actors = try ActorResolver(corpus: corpus).actors(named: literal)
                let mentioning = SortedSets.union(of: actors.map { postings(ofActor: $0, for: relation.kind) })
                columns.append((corpus.actors[actors[0]].name, SortedSets.intersection(ascending, mentioning)))
            }
        }
        var table = TimelineTable(precision: precision, columns: columns.map(\.name), byActor: !actorNames.isEmpty)
        // Rows that no period can hold, each counted once however many columns it is in.
        var undated = Set<Int32>(), coarser = Set<Int32>()
        for (column, entry) in columns.enumerated() {
            for (offset, row) in entry.rows.enumerated() {
                if offset & 4095 == 0 { try cancellation.check() }
                guard let date = date(of: Int(row), kind: relation.kind) else { undated.insert(row); continue }
                guard date.precision >= precision else { coarser.insert(row); continue }
                table.counts[date.truncated(to: precision), default: Array(repeating: 0, count: columns.count)][column] += 1
            }
        }
        (table.undated, table.coarser) = (undated.count, coarser.count)
        var rate: (per: Int, base: RowKind, sizes: [CorpusDate: Int])?
        if let asked = normalisation.rate {
            let (per, base) = try self.rate(asked)
            rate = (per, base, periodSizes(of: base, precision: precision))
        }
        let (records, recordColumns, notes) = table.table(of: relation.kind, rate: rate, share: normalisation.share != nil)
        var result = Relation(kind: .timeline, rows: records.indices.map(Int32.init), records: records, recordColumns: recordColumns)
        result.notes = notes
        return result
    }

    private func postings(ofActor actor: Int, for kind: RowKind) -> [Int32] {
        switch kind {
        case .articles: corpus.index.articles(ofActor: actor)
        case .sentences: corpus.index.sentences(ofActor: actor)
        default: corpus.index.mentions(ofActor: actor)
        }
    }

    private func date(of row: Int, kind: RowKind) -> CorpusDate? {
        switch kind {
        case .articles: corpus.articles[row].date
        case .sentences: corpus.articles[corpus.sentences[row].article].date
        default: corpus.articles[corpus.mentions[row].article].date
        }
    }
}
