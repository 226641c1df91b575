import KrantCorpus

/// The order of `count by` groups, in memory and on a server alike: by count, most first, then by key; when
/// the first key is a date, by key alone, and for one date key every period from the first to the last
/// listed, zeros included.
package enum GroupOrder {
    /// Each group's key values with its count last, in order; `keys` are the key fields' names and types.
    package static func ordered(_ counts: [[Value]: Int], keys: [(name: String, type: FieldType)]) -> [[Value]] {
        var counts = counts
        let byDate = keys.first?.type == .date
        if keys.count == 1, byDate { fillPeriods(&counts, precision: keys[0].name) }
        return counts.map { $0.key + [.integer($0.value)] }.sorted { left, right in
            if !byDate, left.last! != right.last! { return right.last! < left.last! }
            return left.lexicographicallyPrecedes(right)
        }
    }

    /// The columns of the keys: a field named twice (`count by actor, actor`: pairs of actors) gets columns of
    /// different names (`actor`, `actor_2`).
    package static func columnNames(_ keys: [String]) -> [String] {
        var names: [String] = []
        for key in keys {
            var name = key, repeated = 1
            while names.contains(name) {
                repeated += 1
                name = "\(key)_\(repeated)"
            }
            names.append(name)
        }
        return names
    }

    private static func fillPeriods(_ counts: inout [[Value]: Int], precision name: String) {
        let allDates = counts.keys.compactMap { key -> CorpusDate? in if case .date(let date) = key[0] { date } else { nil } }
        guard let precision = CorpusDate.Precision(rawValue: name) ?? allDates.map(\.precision).max() else { return }
        let dates = allDates.filter { $0.precision == precision }
        guard let first = dates.min(), let last = dates.max() else { return }
        var period = first
        while period <= last {
            if counts[[.date(period)]] == nil { counts[[.date(period)]] = 0 }
            guard let next = period.next() else { break }
            period = next
        }
    }
}
