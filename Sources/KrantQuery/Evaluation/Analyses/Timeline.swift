import KrantCorpus

/// `timeline`: how many of the current rows fall in each period, every period from the first to the last.
extension StageRunner {
    func timeline(_ relation: Relation, by period: Name?, of actorNames: [Literal], _ normalisation: Normalisation = Normalisation(),
                  range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'timeline' needs articles, sentences or mentions, but these rows are \(relation.kind.rawValue)", at: range)
        }
        let precision: CorpusDate.Precision
        if let period {
            guard let chosen = CorpusDate.Precision(rawValue: period.text.lowercased()) else {
                throw Diagnostic(.semantic, "a timeline goes by day, month or year, not '\(period.text)'", at: period.range,
                                 help: Suggestions.didYouMean(period.text, among: ["day", "month", "year"]))
            }
            precision = chosen
        } else {
            precision = .month
        }
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
        var counts: [CorpusDate: [Int]] = [:]
        // Rows that no period can hold, each counted once however many columns it is in.
        var undated = Set<Int32>(), coarser = Set<Int32>()
        for (column, entry) in columns.enumerated() {
            for (offset, row) in entry.rows.enumerated() {
                if offset & 4095 == 0 { try cancellation.check() }
                guard let date = date(of: Int(row), kind: relation.kind) else { undated.insert(row); continue }
                guard date.precision >= precision else { coarser.insert(row); continue }
                counts[date.truncated(to: precision), default: Array(repeating: 0, count: columns.count)][column] += 1
            }
        }
        var periods: [CorpusDate] = []
        if var period = counts.keys.min(), let last = counts.keys.max() {
            while period <= last {
                periods.append(period)
                guard let next = period.next() else { break }
                period = next
            }
        }
        let zeros = Array(repeating: 0, count: columns.count)
        var records = periods.map { [Value.date($0)] + (counts[$0] ?? zeros).map(Value.integer) }
        var recordColumns: [(name: String, type: FieldType)] = [(precision.rawValue, .date)] + columns.map { ($0.name, .integer) }
        var notes = leftOutNotes(coarser: coarser.count, undated: undated.count, kind: relation.kind, precision: precision)
        // A column per count and measure: `count` gives `per_1000_articles`, an actor `NAVO_per_1000_articles`.
        func measureName(_ column: String, _ measure: String) -> String { columns.count == 1 && actorNames.isEmpty ? measure : "\(column)_\(measure)" }
        if let asked = normalisation.rate {
            let (per, base) = try rate(asked)
            let sizes = periodSizes(of: base, precision: precision)
            for column in columns.indices {
                for (row, period) in periods.enumerated() {
                    let size = sizes[period] ?? 0
                    records[row].append(size > 0 ? .double(Double(counts[period]?[column] ?? 0) * Double(per) / Double(size)) : .null)
                }
                recordColumns.append((measureName(columns[column].name, "per_\(per)_\(base.rawValue)"), .decimal))
            }
            notes.append("per_\(per)_\(base.rawValue) = count · \(per) / the corpus's \(base.rawValue) dated in that \(precision.rawValue)")
        }
        if normalisation.share != nil {
            for column in columns.indices {
                let total = counts.values.reduce(0) { $0 + $1[column] }
                for (row, period) in periods.enumerated() {
                    records[row].append(total > 0 ? .double(Double(counts[period]?[column] ?? 0) / Double(total)) : .null)
                }
                recordColumns.append((measureName(columns[column].name, "share"), .decimal))
            }
            notes.append("share = count / the column's rows placed in a \(precision.rawValue)")
        }
        var result = Relation(kind: .timeline, rows: records.indices.map(Int32.init), records: records, recordColumns: recordColumns)
        result.notes = notes
        return result
    }

    /// What a timeline could not place, said rather than dropped: rows dated less precisely than its periods,
    /// and undated rows.
    private func leftOutNotes(coarser: Int, undated: Int, kind: RowKind, precision: CorpusDate.Precision) -> [String] {
        var notes: [String] = []
        if coarser > 0 {
            let coarserPeriods = precision == .day ? "a month or year" : "a year"
            let suggestion = precision == .day ? "timeline by month" : "timeline by year"
            notes.append("left out \(coarser) \(kind.noun(count: coarser)) dated only to \(coarserPeriods); \(suggestion) counts them")
        }
        if undated > 0 {
            notes.append("left out \(undated) undated \(kind.noun(count: undated))")
        }
        return notes
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
