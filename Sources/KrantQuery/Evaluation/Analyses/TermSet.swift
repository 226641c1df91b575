/// A set of term ids as one bit each: 50 KB for the whole vocabulary, small enough to stay in the cache while
/// every word of the corpus is tested against it.
struct TermSet: Sendable {
    private var bits: [UInt64]

    init(vocabulary: Int) {
        bits = [UInt64](repeating: 0, count: vocabulary / 64 + 1)
    }

    mutating func insert(_ term: Int32) {
        bits[Int(term) >> 6] |= 1 << UInt64(term & 63)
    }

    @inline(__always)
    func contains(_ term: Int32) -> Bool {
        bits[Int(term) >> 6] & (1 << UInt64(term & 63)) != 0
    }
}
