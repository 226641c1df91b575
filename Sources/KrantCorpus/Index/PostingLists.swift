/// Many ascending `Int32` lists in one flat array with offsets (compressed sparse rows): no per-list
/// allocation or growth slack, and built in two linear passes instead of millions of appends.
struct PostingLists: Sendable {
    let starts: [Int]
    let values: [Int32]

    /// Lists already laid out, as a snapshot stores them.
    init(starts: [Int], values: [Int32]) {
        self.starts = starts
        self.values = values
    }

    /// Lists for `count` keys; `visit` is called twice and must report the same (key, value) pairs, in
    /// ascending value order for each key, both times.
    init(count: Int, visit: ((_ key: Int, _ value: Int32) -> Void) -> Void) {
        var sizes = [Int](repeating: 0, count: count + 1)
        visit { key, _ in sizes[key + 1] += 1 }
        for index in 1..<sizes.count { sizes[index] += sizes[index - 1] }
        var next = sizes
        var values = [Int32](repeating: 0, count: sizes[count])
        visit { key, value in
            values[next[key]] = value
            next[key] += 1
        }
        starts = sizes
        self.values = values
    }

    subscript(key: Int) -> ArraySlice<Int32> {
        values[starts[key]..<starts[key + 1]]
    }

    var count: Int { starts.count - 1 }

    var bytes: Int { starts.count * 8 + values.count * 4 }
}
