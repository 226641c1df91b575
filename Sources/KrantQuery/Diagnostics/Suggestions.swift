/// "Did you mean …?" for names the user mistyped.
public enum Suggestions {
    /// The candidates closest to `word` by edit distance (case-insensitive), best first, within a distance
    /// that still reads as a typo.
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased())
        let threshold = max(2, target.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(target, Array(candidate.lowercased()))
            let isPrefix = candidate.lowercased().hasPrefix(word.lowercased()) && target.count >= 3
            // A candidate that shares nothing with the word (every character replaced) is no typo of it.
            guard distance <= threshold && distance < max(target.count, candidate.count) || isPrefix else { return nil }
            return (candidate, isPrefix ? min(distance, 1) : distance)
        }
        var seen = Set<String>()
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// `did you mean 'a'?`, `did you mean 'a' or 'b'?`, or nil.
    public static func didYouMean(_ word: String, among candidates: some Sequence<String>, quote: String = "'") -> String? {
        let found = closest(to: word, among: candidates)
        guard !found.isEmpty else { return nil }
        let quoted = found.map { quote + $0 + quote }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "did you mean \(list)?"
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
