/// Set algebra on ascending `Int32` lists, the currency of every index lookup.
enum SortedSets {
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard !small.isEmpty else { return [] }
        // Galloping pays off when one side is much shorter; merging otherwise.
        if small.count * 16 < large.count {
            var result: [Int32] = []
            var low = 0
            for value in small {
                var high = large.count
                while low < high {
                    let middle = (low + high) / 2
                    if large[middle] < value { low = middle + 1 } else { high = middle }
                }
                if low < large.count && large[low] == value { result.append(value) }
            }
            return result
        }
        var result: [Int32] = []
        result.reserveCapacity(small.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { result.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { result.append(b[j]); j += 1 }
            else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    static func difference(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var j = 0
        for value in a {
            while j < b.count && b[j] < value { j += 1 }
            if j == b.count || b[j] != value { result.append(value) }
        }
        return result
    }

    /// The union of many lists, sorted and without repeats.
    static func union(of lists: [[Int32]]) -> [Int32] {
        switch lists.count {
        case 0: return []
        case 1: return lists[0]
        case 2: return union(lists[0], lists[1])
        default:
            var all = lists.flatMap { $0 }
            all.sort()
            return deduplicated(all)
        }
    }

    /// A sorted list without repeats.
    static func deduplicated(_ sorted: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }
}
