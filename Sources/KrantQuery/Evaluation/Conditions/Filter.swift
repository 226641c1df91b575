/// A per-row test; it may throw, for a regular expression that runs too long or an interrupted query.
typealias RowTest = @Sendable (Int) throws(Diagnostic) -> Bool

/// A compiled condition: index postings where an index applies, a per-row test where none does.
indirect enum Filter: Sendable {
    case and([Filter])
    case or([Filter])
    case not(Filter)
    /// The rows in this ascending list.
    case postings([Int32])
    /// The rows for which the test holds.
    case test(RowTest)

    /// A rough count of the rows it keeps, so a conjunction starts from its most selective side.
    var estimate: Int {
        switch self {
        case .postings(let list): list.count
        case .and(let operands): operands.map(\.estimate).min() ?? 0
        case .or(let operands): operands.reduce(0) { $0.addingReportingOverflow($1.estimate).partialValue }
        case .not, .test: Int.max / 4
        }
    }

    /// Whether indexes alone answer it: no per-row test and no `not`.
    var isIndexOnly: Bool {
        switch self {
        case .postings: true
        case .and(let operands), .or(let operands): operands.allSatisfy(\.isIndexOnly)
        case .not, .test: false
        }
    }

    /// The rows that satisfy the filter among all rows of a table, when indexes alone answer it, so the table's
    /// rows need not be listed first.
    var indexedRows: [Int32]? {
        guard isIndexOnly else { return nil }
        return rowsFromIndexes()
    }

    private func rowsFromIndexes() -> [Int32] {
        switch self {
        case .postings(let list): list
        case .and(let operands):
            // Most selective first, as in `apply`.
            operands.sorted { $0.estimate < $1.estimate }.reduce(nil as [Int32]?) { narrowed, operand in
                narrowed.map { SortedSets.intersection($0, operand.rowsFromIndexes()) } ?? operand.rowsFromIndexes()
            } ?? []
        case .or(let operands): SortedSets.union(of: operands.map { $0.rowsFromIndexes() })
        case .not, .test: []
        }
    }

    /// The rows of an ascending list that satisfy the filter, in the same order.
    func apply(to rows: [Int32], checking cancellation: Cancellation) throws(Diagnostic) -> [Int32] {
        switch self {
        case .postings(let list):
            // Every row of a table (an ascending 0..<n): the postings are the answer, with no merge through n rows.
            if let first = rows.first, let last = rows.last, first == 0, Int(last) == rows.count - 1 {
                guard let largest = list.last, Int(largest) >= rows.count else { return list }
                return list.filter { Int($0) < rows.count }
            }
            return SortedSets.intersection(rows, list)
        case .test(let test):
            var kept: [Int32] = []
            for (offset, row) in rows.enumerated() {
                if offset & 1023 == 0 { try cancellation.check() }
                if try test(Int(row)) { kept.append(row) }
            }
            return kept
        case .and(let operands):
            // Most selective first: each later operand only looks at the rows still left.
            var narrowed = rows
            for operand in operands.sorted(by: { $0.estimate < $1.estimate }) where !narrowed.isEmpty {
                narrowed = try operand.apply(to: narrowed, checking: cancellation)
            }
            return narrowed
        case .or(let operands):
            var found: [[Int32]] = []
            for operand in operands { found.append(try operand.apply(to: rows, checking: cancellation)) }
            return SortedSets.union(of: found)
        case .not(let inner):
            return SortedSets.difference(rows, try inner.apply(to: rows, checking: cancellation))
        }
    }
}

/// Lets a long evaluation stop when the user presses Ctrl-C.
public struct Cancellation: Sendable {
    let isCancelled: (@Sendable () -> Bool)?
    /// The statement, for the message.
    let range: Range<Int>

    func check() throws(Diagnostic) {
        if isCancelled?() == true {
            throw Diagnostic(.evaluation, "the query was interrupted", at: range)
        }
    }
}
