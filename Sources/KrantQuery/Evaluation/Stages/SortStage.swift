/// `| sort by FIELD [asc|desc], …` (or `order by`): orders the rows, stably.
package struct SortStage: PipelineStage {
    package let keys: [SortKey]

    package static let help = StageHelp(starts: ["sort", "order"], words: ["sort by", "order by"], usage: "sort by FIELD [asc|desc], …",
                                        summary: "order the rows ('order by' works too)")

    // (after "sort" or "order") "by" sort_key { "," sort_key }
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> SortStage {
        try parser.consume(.keyword(.by), "'by' after '\(word)'")
        var keys = [try parser.parseSortKey()]
        while parser.match(.comma) { keys.append(try parser.parseSortKey()) }
        return SortStage(keys: keys)
    }

    /// Sorts the rows; when a `limit` follows, only the rows it keeps are picked out instead of sorting everything.
    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        let relation = input.relation
        let resolver = FieldResolver(fields: relation.fields(in: input.corpus), kind: relation.kind)
        var fields: [(Field, Bool)] = []
        for key in keys { fields.append((try resolver.field(key.field), key.descending)) }
        let width = fields.count
        var values: [OrderKey] = []
        values.reserveCapacity(relation.rows.count * width)
        // The readers, not the fields, in the row loop: copying a field copies its closures.
        let readers = fields.map(\.0.value)
        let transforms = fields.map { relation.sortKeys[$0.0.name] ?? { $0 } }
        for (offset, row) in relation.rows.enumerated() {
            if offset & 1023 == 0 { try input.runner.cancellation.check() }
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
        if let wanted = input.rowsWanted, wanted < relation.rows.count / 4 {
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
        return .rows(result)
    }
}
