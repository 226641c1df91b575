/// The first rows of a word list, highest score first and ties by text, picked from many candidates without
/// sorting them all or making the text of more than the leaders and their ties.
///
/// The candidates are visited twice: once to find the score of the last row that makes the list (a min-heap
/// of `wanted` scores), once to gather every candidate at or above it, whose texts then decide the order.
struct TopSelection<Score: Comparable> {
    let wanted: Int

    /// `visit` reports each candidate (an id and its score) and must report the same ones both times it is
    /// called; `isListed` leaves candidates out (asked only of candidates that could make the list); `text`
    /// names a candidate for ties and the result.
    func select(visit: ((Int, Score) -> Void) -> Void, isListed: @escaping (Int) -> Bool, text: @escaping (Int) -> String)
        -> [(id: Int, score: Score, text: String)] {
        guard wanted > 0 else { return [] }
        var heap = MinimumHeap<Score>()
        visit { id, score in
            if heap.count == wanted, score <= heap.minimum! { return }
            guard isListed(id) else { return }
            heap.insert(score, keepingAtMost: wanted)
        }
        let threshold = heap.count == wanted ? heap.minimum : nil
        var rows: [(id: Int, score: Score, text: String)] = []
        visit { id, score in
            if let threshold, score < threshold { return }
            if isListed(id) { rows.append((id, score, text(id))) }
        }
        rows.sort { ($1.score, $0.text) < ($0.score, $1.text) }
        return Array(rows.prefix(wanted))
    }
}

/// A binary heap of the largest scores seen, smallest on top.
private struct MinimumHeap<Score: Comparable> {
    private var scores: [Score] = []

    var count: Int { scores.count }
    var minimum: Score? { scores.first }

    /// Adds a score, dropping the smallest when more than `limit` are held.
    mutating func insert(_ score: Score, keepingAtMost limit: Int) {
        if scores.count == limit {
            scores[0] = score
            siftDown(from: 0)
        } else {
            scores.append(score)
            var child = scores.count - 1
            while child > 0, scores[child] < scores[(child - 1) / 2] {
                scores.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < scores.count && scores[child] < scores[smallest] { smallest = child }
            if smallest == parent { return }
            scores.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
