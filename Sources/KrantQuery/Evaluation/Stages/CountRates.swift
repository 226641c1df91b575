import KrantCorpus

/// `per N articles|sentences` and `share` after `count by` and `timeline`: each count as a rate against the
/// corpus's rows with the same key (the articles of that month, the sentences of that segment), or as a part
/// of the rows counted, so periods and groups of different sizes compare.
extension StageRunner {
    /// The groups of `count by` with a rate and a share column after the count, as asked.
    func normalise(_ groups: Relation, counting counted: Relation, by keys: [Name], _ normalisation: Normalisation) throws(Diagnostic) -> Relation {
        guard normalisation.rate != nil || normalisation.share != nil else { return groups }
        var records = groups.rows.map { row in groups.columns.map { $0.value(Int(row)) } }
        var columns = groups.columns.map { (name: $0.name, type: $0.type) }
        var notes = groups.notes
        var rate: (per: Int, base: RowKind, baseCounts: [[Value]: Int])?
        if let asked = normalisation.rate {
            let (per, base) = try self.rate(asked)
            // The same keys counted over every row of the base table, as `count by` counts them.
            let everything = Relation(kind: base, rows: (0..<tableSize(base)).map(Int32.init))
            let resolver = FieldResolver(fields: everything.fields(in: corpus), kind: base)
            for key in keys {
                do { _ = try resolver.field(key) } catch {
                    throw GroupRates.missingKey(key, per: per, base: base, at: asked.base.range)
                }
            }
            let baseGroups = try countBy(everything, keys: keys)
            var baseCounts: [[Value]: Int] = [:]
            for row in baseGroups.rows {
                let record = baseGroups.columns.map { $0.value(Int(row)) }
                if case .integer(let count) = record.last { baseCounts[Array(record.dropLast())] = count }
            }
            rate = (per, base, baseCounts)
        }
        GroupRates.append(to: &records, columns: &columns, notes: &notes, keys: keys.map(\.text), rate: rate,
                          share: normalisation.share.map { _ in (counted.rows.count, counted.kind) })
        var result = Relation(kind: .groups, rows: records.indices.map(Int32.init), records: records, recordColumns: columns)
        result.notes = notes
        return result
    }

    /// The checked `per N articles|sentences`: N from 1 to 1,000,000 and the base table.
    func rate(_ asked: Normalisation.Rate) throws(Diagnostic) -> (per: Int, base: RowKind) {
        try GroupRates.checked(asked)
    }

    func tableSize(_ kind: RowKind) -> Int {
        kind == .articles ? corpus.articles.count : corpus.sentences.count
    }

    /// The corpus's articles, or sentences, dated in each period at a precision, for a timeline's rates.
    func periodSizes(of base: RowKind, precision: CorpusDate.Precision) -> [CorpusDate: Int] {
        var sizes: [CorpusDate: Int] = [:]
        for article in corpus.articles {
            guard let date = article.date, date.precision >= precision else { continue }
            sizes[date.truncated(to: precision), default: 0] += base == .articles ? 1 : article.sentences.count
        }
        return sizes
    }
}
