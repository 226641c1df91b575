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
