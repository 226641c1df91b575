/// `| limit N [offset M]`: keeps N rows, after skipping M.
package struct LimitStage: PipelineStage {
    package let count: Literal
    package let offset: Literal?

    package static let help = StageHelp(starts: ["limit"], usage: "limit N [offset M]", summary: "keep N rows, after skipping M")

    // (after "limit") integer [ "offset" integer ]
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> LimitStage {
        let count = try parser.parseInteger(after: "limit")
        let offset = parser.match(.keyword(.offset)) ? try parser.parseInteger(after: "offset") : nil
        return LimitStage(count: count, offset: offset)
    }

    /// How many first rows it keeps: its count plus its offset; nil when it will refuse its numbers.
    var rowsKept: Int? {
        guard case .integer(let count) = count.kind, count >= 0 else { return nil }
        var skipped = 0
        if let offset {
            guard case .integer(let value) = offset.kind, value >= 0 else { return nil }
            skipped = value
        }
        let (total, overflow) = count.addingReportingOverflow(skipped)
        return overflow ? nil : total
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        func amount(_ literal: Literal, _ word: String) throws(Diagnostic) -> Int {
            guard case .integer(let value) = literal.kind, value >= 0 else {
                throw Diagnostic(.semantic, "'\(word)' takes a whole number of 0 or more", at: literal.range)
            }
            return value
        }
        let skip = try offset.map { literal throws(Diagnostic) in try amount(literal, "offset") } ?? 0
        let take = try amount(count, "limit")
        var result = input.relation
        result.rows = Array(input.relation.rows.dropFirst(min(skip, input.relation.rows.count)).prefix(take))
        return .rows(result)
    }
}
