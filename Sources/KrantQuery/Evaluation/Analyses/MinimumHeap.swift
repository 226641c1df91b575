/// A binary heap of the largest scores seen, smallest on top.
struct MinimumHeap<Score: Comparable> {
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
            let left = 2 * parent + 1, right = left + 1
            if left < scores.count, scores[left] < scores[smallest] { smallest = left }
            if right < scores.count, scores[right] < scores[smallest] { smallest = right }
            if smallest == parent { return }
            scores.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
