/// Words matched whole or as the end of a longer word, looked up by their last two bytes so that asking
/// every capitalised word costs one table probe and rarely a comparison.
struct SuffixSet: Sendable {
    /// Stems by their last two bytes.
    private let buckets: [UInt16: [[UInt8]]]

    init(_ stems: [String]) {
        var buckets: [UInt16: [[UInt8]]] = [:]
        for stem in stems {
            let bytes = Array(stem.utf8)
            precondition(bytes.count >= 2, "a stem needs two bytes: \(stem)")
            buckets[Self.tail(bytes[...]), default: []].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether `word` (folded) is one of the stems, or ends with one after at least three other bytes, so
    /// that `Legerleider` and `Oud-premier` end in roles but the surname `Demir` is no `emir`.
    func matches(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            guard bytes.count >= 2, let stems = buckets[Self.tail(bytes[...])] else { return false }
            return stems.contains { stem in
                bytes.count == stem.count ? bytes.elementsEqual(stem)
                    : bytes.count >= stem.count + 3 && bytes[(bytes.count - stem.count)...].elementsEqual(stem)
            }
        }
    }

    private static func tail<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> UInt16 {
        UInt16(bytes[bytes.index(bytes.endIndex, offsetBy: -2)]) << 8 | UInt16(bytes.last!)
    }
}
