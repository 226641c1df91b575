/// Exact counts of word sequences of one length, in an open-addressing table keyed by their term ids. The ids
/// are stored and compared, not just their hash, so two sequences never share a count.
struct NGramTable {
    let length: Int
    /// Each slot's hash with its lowest bit set; 0 for an empty slot.
    private var hashes: [UInt64]
    private var counts: [UInt32]
    /// `length` term ids per slot.
    private var terms: [Int32]
    private(set) var occupied = 0

    init(length: Int, expected: Int) {
        self.length = length
        var capacity = 1 << 10
        while capacity * 7 / 10 < expected { capacity <<= 1 }
        hashes = [UInt64](repeating: 0, count: capacity)
        counts = [UInt32](repeating: 0, count: capacity)
        terms = [Int32](repeating: 0, count: capacity * length)
    }

    /// The hash of the sequence starting at `start`: term ids mixed in one at a time, then finished with
    /// MurmurHash3's mixer, so that any bits of it may pick a slot, a partition or a filter position.
    @inline(__always)
    static func hash(_ wordTerms: UnsafeBufferPointer<Int32>, at start: Int, length: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for place in start..<(start + length) {
            hash = (hash ^ UInt64(UInt32(bitPattern: wordTerms[place]))) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
        }
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// Counts one occurrence of the sequence starting at `start`.
    mutating func add(_ wordTerms: UnsafeBufferPointer<Int32>, at start: Int, hash: UInt64) {
        if (occupied + 1) * 10 > hashes.count * 7 { grow() }
        let stored = hash | 1
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 20) & mask
        while true {
            let found = hashes[slot]
            if found == 0 {
                hashes[slot] = stored
                counts[slot] = 1
                for offset in 0..<length { terms[slot * length + offset] = wordTerms[start + offset] }
                occupied += 1
                return
            }
            if found == stored, matches(wordTerms, at: start, slot: slot) {
                counts[slot] &+= 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ wordTerms: UnsafeBufferPointer<Int32>, at start: Int, slot: Int) -> Bool {
        for offset in 0..<length where terms[slot * length + offset] != wordTerms[start + offset] { return false }
        return true
    }

    /// Twice the slots, every sequence placed again by its stored hash.
    private mutating func grow() {
        let (oldHashes, oldCounts, oldTerms) = (hashes, counts, terms)
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        counts = [UInt32](repeating: 0, count: oldHashes.count * 2)
        terms = [Int32](repeating: 0, count: oldHashes.count * 2 * length)
        let mask = hashes.count - 1
        for old in oldHashes.indices where oldHashes[old] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[old] >> 20) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[old]
            counts[slot] = oldCounts[old]
            for offset in 0..<length { terms[slot * length + offset] = oldTerms[old * length + offset] }
        }
    }

    /// Each counted sequence's slot and count.
    func forEach(_ body: (_ slot: Int, _ count: Int) -> Void) {
        for slot in hashes.indices where hashes[slot] != 0 { body(slot, Int(counts[slot])) }
    }

    /// The term ids of the sequence in a slot.
    func terms(at slot: Int) -> ArraySlice<Int32> {
        terms[(slot * length)..<((slot + 1) * length)]
    }
}
