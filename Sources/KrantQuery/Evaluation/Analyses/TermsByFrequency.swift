import KrantCorpus

/// One core's share of the terms, from the most to the least frequent as whole words (ties: the higher id
/// first), ordered only as far as they are read. A search that stops at the first term too rare to matter
/// never sorts the long tail of the vocabulary, which is most of it.
struct TermsByFrequency {
    /// Terms by the bit length of their count, each as `count << 32 | id`; a group is sorted when reached.
    private var groups: [[UInt64]]
    private var current: [UInt64] = []
    private var position = 0
    private var nextGroup: Int
    /// Every `cores`-th term of the whole order, starting at the `core`-th.
    private let core: Int, cores: Int
    private var place = -1

    init(_ index: CorpusIndex, core: Int, of cores: Int) {
        groups = Array(repeating: [], count: 65)
        for term in 0..<index.terms.count {
            let count = UInt64(index.count(ofTerm: Int32(term)))
            groups[64 - count.leadingZeroBitCount].append(count << 32 | UInt64(term))
        }
        nextGroup = groups.count - 1
        self.core = core
        self.cores = cores
    }

    /// The next term of this core's share, with its count; nil after the last.
    mutating func next() -> (term: Int32, count: Int)? {
        while true {
            while position == current.count {
                guard nextGroup >= 0 else { return nil }
                current = groups[nextGroup].sorted(by: >)
                groups[nextGroup] = []
                nextGroup -= 1
                position = 0
            }
            let key = current[position]
            position += 1
            place += 1
            if place % cores == core { return (Int32(truncatingIfNeeded: key), Int(key >> 32)) }
        }
    }
}
