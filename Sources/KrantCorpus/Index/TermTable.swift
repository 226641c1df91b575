/// Folded terms numbered densely while loading, in an open-addressing table keyed by an FNV-1a hash of the
/// term's bytes. Loading looks up every word of the corpus; `Dictionary<String, Int32>` spent most of that
/// time in SipHash, and an article's hashes can be reused for the corpus-wide table.
struct TermTable: Sendable {
    private(set) var terms: [String] = []
    private(set) var hashes: [UInt64] = []
    /// Term id + 1 per slot, 0 where empty; a power of two in size, kept at most half full.
    private var slots: [Int32]
    /// 64 minus log2 of the slot count: the top bits of a mixed hash choose the slot.
    private var shift: UInt64

    /// A table sized for about `expected` terms, so that filling it does not grow it step by step.
    init(expected: Int = 8) {
        var bits: UInt64 = 4
        while 1 << bits < expected * 2 { bits += 1 }
        slots = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    static func hash(_ term: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The term's id, numbering it if it is new; `hash` is `TermTable.hash(term)`.
    mutating func id(of term: String, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = self.slot(for: hash)
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if hashes[Int(id)] == hash && terms[Int(id)] == term { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(terms.count)
        terms.append(term)
        hashes.append(hash)
        slots[slot] = id + 1
        if terms.count * 2 > slots.count { grow() }
        return id
    }

    /// Fibonacci hashing spreads FNV's weak low bits over the table.
    private func slot(for hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = self.slot(for: hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id) + 1
        }
    }
}
