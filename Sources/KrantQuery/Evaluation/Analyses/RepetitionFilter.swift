import Foundation

/// Which sequences occur more than once, as two Bloom filters over their hashes: one of sequences seen, one of
/// sequences seen again. A sequence seen twice is always found repeated; one seen once is, rarely, by chance,
/// and is then counted exactly like the others. Both probes of a hash fall in one 64-bit word, one cache miss.
struct RepetitionFilter {
    private var seen: [UInt64]
    private var repeated: [UInt64]

    /// Sized for `expected` distinct hashes: about 8 bits each for those seen, 1 for those repeated, within
    /// `maximumBytes` for both.
    init(expected: Int, maximumBytes: Int) {
        var words = 1 << 10
        while words * 64 < expected * 8, (words * 2 + words / 4) * 8 <= maximumBytes { words <<= 1 }
        seen = [UInt64](repeating: 0, count: words)
        repeated = [UInt64](repeating: 0, count: max(1, words / 8))
    }

    /// Two bits of one word, from the hash's top twelve bits.
    @inline(__always)
    private static func bits(_ hash: UInt64) -> UInt64 {
        (1 << (hash >> 58)) | (1 << ((hash >> 52) & 63))
    }

    mutating func insert(_ hash: UInt64) {
        let bits = Self.bits(hash)
        let word = Int(truncatingIfNeeded: hash >> 8) & (seen.count - 1)
        if seen[word] & bits == bits {
            repeated[Int(truncatingIfNeeded: hash >> 8) & (repeated.count - 1)] |= bits
        } else {
            seen[word] |= bits
        }
    }

    /// Whether the hash was (probably) inserted twice; never false for one that was.
    func isRepeated(_ hash: UInt64) -> Bool {
        let bits = Self.bits(hash)
        return repeated[Int(truncatingIfNeeded: hash >> 8) & (repeated.count - 1)] & bits == bits
    }

    /// About how many distinct hashes were inserted twice, from the bits set (Swamidass and Baldi's estimate).
    var repeatedEstimate: Int {
        let bits = Double(repeated.count * 64)
        let set = Double(repeated.reduce(0) { $0 + $1.nonzeroBitCount })
        guard set < bits else { return repeated.count * 64 }
        return Int(-bits / 2 * log1p(-set / bits))
    }
}
