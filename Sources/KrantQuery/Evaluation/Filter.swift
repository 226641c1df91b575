/// A compiled condition: index postings where an index applies, a per-row test where none does.
indirect enum Filter: Sendable {
    case and(Filter, Filter)
    case or(Filter, Filter)
    case not(Filter)
    /// The rows in this ascending list.
    case postings([Int32])
    /// The rows for which the test holds; `cost` orders the work in a conjunction.
    case test(@Sendable (Int) -> Bool)

    /// A rough count of the rows it keeps, so a conjunction starts from its most selective side.
    var estimate: Int {
        switch self {
        case .postings(let list): list.count
        case .and(let left, let right): min(left.estimate, right.estimate)
        case .or(let left, let right): left.estimate + right.estimate
        case .not, .test: Int.max / 4
        }
    }

    /// The rows of an ascending list that satisfy the filter, in the same order.
    func apply(to rows: [Int32]) -> [Int32] {
        switch self {
        case .postings(let list):
            return SortedSets.intersection(rows, list)
        case .test(let test):
            return rows.filter { test(Int($0)) }
        case .and(let left, let right):
            let (first, second) = left.estimate <= right.estimate ? (left, right) : (right, left)
            let narrowed = first.apply(to: rows)
            return narrowed.isEmpty ? [] : second.apply(to: narrowed)
        case .or(let left, let right):
            return SortedSets.union(left.apply(to: rows), right.apply(to: rows))
        case .not(let inner):
            return SortedSets.difference(rows, inner.apply(to: rows))
        }
    }
}
