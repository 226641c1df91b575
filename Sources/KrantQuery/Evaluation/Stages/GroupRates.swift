/// The rate and share columns that `per N articles|sentences` and `share` add after `count by`, in memory and on
/// a server alike: the same checks, columns, values and notes, whoever counted the groups.
package enum GroupRates {
    /// The checked `per N articles|sentences`: N from 1 to 1,000,000 and the base table.
    package static func checked(_ asked: Normalisation.Rate) throws(Diagnostic) -> (per: Int, base: RowKind) {
        guard case .integer(let per) = asked.per.kind, (1...1_000_000).contains(per) else {
            throw Diagnostic(.semantic, "'per' takes a whole number from 1 to 1000000", at: asked.per.range)
        }
        return (per, asked.base.text == "sentences" ? .sentences : .articles)
    }

    /// The error for a key of `count by` that the rows of the base table do not have.
    package static func missingKey(_ key: Name, per: Int, base: RowKind, at range: Range<Int>) -> Diagnostic {
        Diagnostic(.semantic, "'per \(per) \(base.rawValue)' counts \(base.rawValue) by '\(key.text)', and \(base.rawValue) have no such field",
                   at: range, help: "count \(base == .articles ? "sentences" : "articles") instead, or by a date")
    }

    /// Adds the asked columns to ordered groups (`keys.count` key values, then the count): the rate against
    /// `baseCounts`, the count of the same key values over the whole base table, and the share of the `total`
    /// rows counted.
    package static func append(to records: inout [[Value]], columns: inout [(name: String, type: FieldType)], notes: inout [String],
                               keys: [String], rate: (per: Int, base: RowKind, baseCounts: [[Value]: Int])?,
                               share: (total: Int, counted: RowKind)?) {
        if let (per, base, baseCounts) = rate {
            for index in records.indices {
                guard case .integer(let count) = records[index].last, let total = baseCounts[Array(records[index].dropLast())], total > 0 else {
                    records[index].append(.null)
                    continue
                }
                records[index].append(.double(Double(count) * Double(per) / Double(total)))
            }
            columns.append(("per_\(per)_\(base.rawValue)", .decimal))
            notes.append("per_\(per)_\(base.rawValue) = count · \(per) / the corpus's \(base.rawValue) with the same \(keys.joined(separator: " and "))")
        }
        if let (total, counted) = share {
            for index in records.indices {
                // The count is the last integer written by `count by`, before any rate column.
                guard case .integer(let count) = records[index][keys.count], total > 0 else { records[index].append(.null); continue }
                records[index].append(.double(Double(count) / Double(total)))
            }
            columns.append(("share", .decimal))
            notes.append("share = count / the \(total) \(counted.noun(count: total)) counted")
        }
    }
}
