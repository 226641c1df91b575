import KrantCorpus

/// `| count`: the number of rows; `| count by FIELD, … [per N articles|sentences] [share]`: one row per
/// combination of key values, with a count (and a rate or share); a single date key lists every period from
/// first to last, zeros included.
package struct CountStage: PipelineStage {
    /// Empty for a plain `count`.
    package let keys: [Name]
    package let normalisation: Normalisation

    package static let help = StageHelp(starts: ["count"], words: ["count", "count by"], usage: "count [by FIELD, …]",
                                        summary: "the number of rows; by keys (day, month, year too), rows of key values with a count,\n"
                                            + "and with 'per 1000 articles' or 'share' a rate against the corpus and a part of the rows")

    // (after "count") [ "by" field { "," field } normalisation ]
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> CountStage {
        guard parser.match(.keyword(.by)) else { return CountStage(keys: [], normalisation: Normalisation()) }
        return CountStage(keys: try parser.parseFieldList(), normalisation: try parser.parseNormalisation())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        guard !keys.isEmpty else { return StageOutput(content: .count(input.relation.rows.count)) }
        let groups = try input.runner.countBy(input.relation, keys: keys)
        return .rows(try input.runner.normalise(groups, counting: input.relation, by: keys, normalisation))
    }
}

extension StageRunner {
    /// The groups of `count by`: a row per combination of key values, by count, most first; by date in order.
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
        let records = GroupOrder.ordered(counts, keys: keys.map { ($0.name, $0.type) })
        let columns = zip(GroupOrder.columnNames(keys.map(\.name)), keys).map { (name: $0, type: $1.type) }
        return Relation(kind: .groups, rows: records.indices.map(Int32.init), records: records,
                        recordColumns: columns + [("count", .integer)])
    }
}
