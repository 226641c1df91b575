import KrantCorpus

/// A timeline's rows from its counts, in memory and on a server alike: every period from the first to the last
/// counted, zeros included, a count column per actor (or one for all rows), the rate and share columns asked
/// for, and notes for the rows that no period holds.
package struct TimelineTable {
    package let precision: CorpusDate.Precision
    /// `count`, or the name of each actor asked for.
    package let columns: [String]
    /// Whether the columns are actors (`timeline of "NAVO"`), which name their measures after themselves.
    package let byActor: Bool
    /// Per period, the rows counted in each column.
    package var counts: [CorpusDate: [Int]] = [:]
    /// Rows without a date, and rows dated less precisely than the periods, each once however many columns hold it.
    package var undated = 0
    package var coarser = 0

    package init(precision: CorpusDate.Precision, columns: [String], byActor: Bool) {
        self.precision = precision
        self.columns = columns
        self.byActor = byActor
    }

    /// The period a timeline goes by: `day`, `month` or `year`, `month` when none is given.
    package static func precision(_ period: Name?) throws(Diagnostic) -> CorpusDate.Precision {
        guard let period else { return .month }
        guard let chosen = CorpusDate.Precision(rawValue: period.text.lowercased()) else {
            throw Diagnostic(.semantic, "a timeline goes by day, month or year, not '\(period.text)'", at: period.range,
                             help: Suggestions.didYouMean(period.text, among: ["day", "month", "year"]))
        }
        return chosen
    }

    /// The error for rows a timeline cannot count.
    package static func wrongRows(_ kind: RowKind, at range: Range<Int>) -> Diagnostic {
        Diagnostic(.semantic, "'timeline' needs articles, sentences or mentions, but these rows are \(kind.rawValue)", at: range)
    }

    /// The rows, their columns and notes, for rows of `kind`; `rate` gives the corpus's articles or sentences dated
    /// in each period.
    package func table(of kind: RowKind, rate: (per: Int, base: RowKind, sizes: [CorpusDate: Int])?, share: Bool)
        -> (records: [[Value]], columns: [(name: String, type: FieldType)], notes: [String]) {
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
        var recordColumns: [(name: String, type: FieldType)] = [(precision.rawValue, .date)] + columns.map { ($0, .integer) }
        var notes = leftOutNotes(kind: kind)
        // A column per count and measure: `count` gives `per_1000_articles`, an actor `NAVO_per_1000_articles`.
        func measureName(_ column: String, _ measure: String) -> String { columns.count == 1 && !byActor ? measure : "\(column)_\(measure)" }
        if let (per, base, sizes) = rate {
            for column in columns.indices {
                for (row, period) in periods.enumerated() {
                    let size = sizes[period] ?? 0
                    records[row].append(size > 0 ? .double(Double(counts[period]?[column] ?? 0) * Double(per) / Double(size)) : .null)
                }
                recordColumns.append((measureName(columns[column], "per_\(per)_\(base.rawValue)"), .decimal))
            }
            notes.append("per_\(per)_\(base.rawValue) = count · \(per) / the corpus's \(base.rawValue) dated in that \(precision.rawValue)")
        }
        if share {
            for column in columns.indices {
                let total = counts.values.reduce(0) { $0 + $1[column] }
                for (row, period) in periods.enumerated() {
                    records[row].append(total > 0 ? .double(Double(counts[period]?[column] ?? 0) / Double(total)) : .null)
                }
                recordColumns.append((measureName(columns[column], "share"), .decimal))
            }
            notes.append("share = count / the column's rows placed in a \(precision.rawValue)")
        }
        return (records, recordColumns, notes)
    }

    /// What a timeline could not place, said rather than dropped: rows dated less precisely than its periods,
    /// and undated rows.
    private func leftOutNotes(kind: RowKind) -> [String] {
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
}
