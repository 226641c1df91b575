import KrantCorpus

/// The terms that follow each start of a sequence, gathered for a batch of first terms in one pass over the
/// words in corpus order. Reading the corpus front to back is many times faster than jumping to each term's
/// positions through its postings, which scatter over hundreds of megabytes.
struct NGramBuckets {
    /// Terms kept after each first term: the sequence's length less one.
    let rest: Int
    /// Term id → its place in the current batch, -1 for terms outside it.
    private var batchPlace: [Int32]
    /// The batch's groups, one after another: `rest` term ids per sequence.
    private(set) var storage: [Int32] = []
    /// Where each first term's group lies in `storage`, in batch order.
    private(set) var groups: [Range<Int>] = []

    init(length: Int, vocabulary: Int) {
        rest = length - 1
        batchPlace = [Int32](repeating: -1, count: vocabulary)
    }

    /// Gathers, for each term of `batch`, the terms after every position where it is the whole word and a
    /// sequence starts; `count` is how often the term is a whole word, room enough for its group.
    mutating func gather(_ batch: [(term: Int32, count: Int)], starts: [UInt64], wordTerms: UnsafeBufferPointer<Int32>,
                         cancellation: Cancellation) throws(Diagnostic) {
        var cursors: [Int] = []
        var size = 0
        for (place, entry) in batch.enumerated() {
            batchPlace[Int(entry.term)] = Int32(place)
            cursors.append(size)
            size += entry.count * rest
        }
        let beginnings = cursors
        storage.removeAll(keepingCapacity: true)
        storage.append(contentsOf: repeatElement(0, count: size))
        let rest = rest
        try storage.withUnsafeMutableBufferPointer { output throws(Diagnostic) in
            try batchPlace.withUnsafeBufferPointer { batchPlace throws(Diagnostic) in
                try cursors.withUnsafeMutableBufferPointer { cursors throws(Diagnostic) in
                    // Ctrl-C is checked every 4,096 bit words: 262,144 positions, about a millisecond.
                    for block in stride(from: 0, to: starts.count, by: 1 << 12) {
                        try cancellation.check()
                        for bitWord in block..<min(block + (1 << 12), starts.count) {
                            var bits = starts[bitWord]
                            while bits != 0 {
                                let word = bitWord << 6 | bits.trailingZeroBitCount
                                bits &= bits &- 1
                                let place = Int(batchPlace[Int(wordTerms[word])])
                                if place < 0 { continue }
                                let at = cursors[place]
                                for offset in 0..<rest { output[at + offset] = wordTerms[word + 1 + offset] }
                                cursors[place] = at + rest
                            }
                        }
                    }
                }
            }
        }
        groups = zip(beginnings, cursors).map { $0..<$1 }
        for entry in batch { batchPlace[Int(entry.term)] = -1 }
    }
}
