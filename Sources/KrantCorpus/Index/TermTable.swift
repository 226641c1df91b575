import Foundation

/// Folded terms numbered densely, in an open-addressing table keyed by an FNV-1a hash of the term's bytes.
///
/// The tokenizer numbers every word of the corpus in its article's table straight from the folded bytes, so a
/// term's `String` is made once per article and not once per word; the corpus-wide table reuses the hashes.
/// `Dictionary<String, Int32>` spent most of that time in SipHash and in making strings.
struct TermTable: Sendable {
    private(set) var terms: [String] = []
    private(set) var hashes: [UInt64] = []
    /// Every term's bytes one after another, so that a lookup compares bytes and makes no string.
    private var bytes: [UInt8] = []
    /// Where each term's bytes end in `bytes`; a term starts where the one before it ends.
    private var ends: [Int32] = []
    /// Per slot the top half of the term's hash and its id + 1 in the bottom half, 0 where empty; a power of
    /// two in size, kept at most half full. The corpus-wide table is too large for the cache: with the hash in
    /// the slot, a lookup reads one other place (the term) instead of two.
    private var slots: [UInt64]
    /// 64 minus log2 of the slot count: the top bits of a mixed hash choose the slot.
    private var shift: UInt64

    /// A table sized for about `expected` terms, so that filling it does not grow it step by step.
    init(expected: Int = 8) {
        var bits: UInt64 = 4
        while 1 << bits < expected * 2 { bits += 1 }
        slots = [UInt64](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a, one byte at a time, so the tokenizer can take it while it folds.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func hash(_ term: String) -> UInt64 {
        hash(term.utf8)
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(emptyHash, hash(_:adding:))
    }

    /// The term's id, numbering it if it is new; `hash` is `TermTable.hash(term)`.
    mutating func id(of term: String, hash: UInt64) -> Int32 {
        let (slot, found) = lookUp(hash: hash) { terms[$0] == term }
        if let found { return found }
        var term = term
        return term.withUTF8 { add($0, hash: hash, at: slot) }
    }

    /// The id of the term with these UTF-8 bytes, numbering it if it is new; `hash` is `TermTable.hash(bytes)`.
    mutating func id(ofBytes term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let (slot, found) = lookUp(hash: hash) { sameBytes($0, term) }
        return found ?? add(term, hash: hash, at: slot)
    }

    /// The term's id if it is numbered; `hash` is `TermTable.hash(term)`.
    func existingID(of term: String, hash: UInt64) -> Int32? {
        lookUp(hash: hash) { terms[$0] == term }.found
    }

    private mutating func add(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64, at slot: Int) -> Int32 {
        let id = Int32(terms.count)
        terms.append(String(decoding: term, as: UTF8.self))
        hashes.append(hash)
        bytes.append(contentsOf: term)
        ends.append(Int32(bytes.count))
        slots[slot] = Self.entry(hash: hash, id: id)
        if terms.count * 2 > slots.count { grow() }
        return id
    }

    private static func entry(hash: UInt64, id: Int32) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }

    /// The term's slot: where it is, or the empty slot where it would go.
    @inline(__always)
    private func lookUp(hash: UInt64, isTerm: (Int) -> Bool) -> (slot: Int, found: Int32?) {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = self.slot(for: hash)
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if isTerm(id) { return (slot, Int32(id)) }
            }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    private func sameBytes(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1]), end = Int(ends[id])
        guard end - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            term.isEmpty || memcmp(stored.baseAddress! + start, term.baseAddress!, term.count) == 0
        }
    }

    /// Fibonacci hashing spreads FNV's weak low bits over the table.
    private func slot(for hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = self.slot(for: hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.entry(hash: hash, id: Int32(id))
        }
    }
}
