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
        if let asked = normalisation.rate {
            let (per, base) = try rate(asked)
            // The same keys counted over every row of the base table, as `count by` counts them.
            let everything = Relation(kind: base, rows: (0..<tableSize(base)).map(Int32.init))
            let resolver = FieldResolver(fields: everything.fields(in: corpus), kind: base)
            for key in keys {
                do { _ = try resolver.field(key) } catch {
                    throw Diagnostic(.semantic, "'per \(per) \(base.rawValue)' counts \(base.rawValue) by '\(key.text)', and \(base.rawValue) have no such field",
                                     at: asked.base.range, help: "count \(base == .articles ? "sentences" : "articles") instead, or by a date")
                }
            }
            let baseGroups = try countBy(everything, keys: keys)
            var baseCounts: [[Value]: Int] = [:]
            for row in baseGroups.rows {
                let record = baseGroups.columns.map { $0.value(Int(row)) }
                if case .integer(let count) = record.last { baseCounts[Array(record.dropLast())] = count }
            }
            for index in records.indices {
                guard case .integer(let count) = records[index].last, let total = baseCounts[Array(records[index].dropLast())], total > 0 else {
                    records[index].append(.null)
                    continue
                }
                records[index].append(.double(Double(count) * Double(per) / Double(total)))
            }
            columns.append(("per_\(per)_\(base.rawValue)", .decimal))
            notes.append("per_\(per)_\(base.rawValue) = count · \(per) / the corpus's \(base.rawValue) with the same \(keys.map(\.text).joined(separator: " and "))")
        }
        if normalisation.share != nil {
            let total = counted.rows.count
            for index in records.indices {
                // The count is the last integer written by `count by`, before any rate column.
                guard case .integer(let count) = records[index][keys.count], total > 0 else { records[index].append(.null); continue }
                records[index].append(.double(Double(count) / Double(total)))
            }
            columns.append(("share", .decimal))
            notes.append("share = count / the \(total) \(counted.kind.noun(count: total)) counted")
        }
        var result = Relation(kind: .groups, rows: records.indices.map(Int32.init), records: records, recordColumns: columns)
        result.notes = notes
        return result
    }

    /// The checked `per N articles|sentences`: N from 1 to 1,000,000 and the base table.
    func rate(_ asked: Normalisation.Rate) throws(Diagnostic) -> (per: Int, base: RowKind) {
        guard case .integer(let per) = asked.per.kind, (1...1_000_000).contains(per) else {
            throw Diagnostic(.semantic, "'per' takes a whole number from 1 to 1000000", at: asked.per.range)
        }
        return (per, asked.base.text == "sentences" ? .sentences : .articles)
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
