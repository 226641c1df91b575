import KrantQuery

/// `text contains "…"` as a join of postings, one per word of the pattern, with krant's phrase rules: the
/// words follow each other within one sentence, a word matches a whole word, its genitive base or a part of a
/// hyphenated compound, and consecutive parts of one compound count as consecutive words.
struct TextSearchSQL {
    let pattern: TextPattern
    let kind: RowKind

    /// An `EXISTS` that holds for the article `a` or sentence `s` where the pattern starts.
    func exists(into sql: inout SQLText) -> String {
        let (tables, conditions) = join(into: &sql)
        let row = kind == .sentences ? "p0.sentence = s.sentence" : "p0.article = a.article"
        return "EXISTS (SELECT 1 FROM \(tables) WHERE \(([row] + conditions).joined(separator: " AND ")))"
    }

    /// Every match of the pattern as `(article, sentence, first, last)`: the article and sentence it stands in,
    /// and the positions of its first and last word.
    func matches(into sql: inout SQLText) -> String {
        let (tables, conditions) = join(into: &sql)
        let last = "p\(pattern.words.count - 1)"
        return """
            SELECT p0.article, p0.sentence, p0.position AS first, \(last).position AS last FROM \(tables) \
            WHERE \(conditions.joined(separator: " AND "))
            """
    }

    /// The postings `p0`, `p1`, … of the pattern's words, and the conditions that chain them into a match.
    private func join(into sql: inout SQLText) -> (tables: String, conditions: [String]) {
        var tables: [String] = []
        var conditions: [String] = []
        for offset in pattern.words.indices {
            let posting = "p\(offset)"
            tables.append("krant.postings \(posting)")
            conditions.append("\(posting).term IN (SELECT t.term FROM krant.terms t WHERE \(termTest(offset, into: &sql)))")
            guard offset > 0 else { continue }
            let previous = "p\(offset - 1)"
            conditions.append("\(posting).article = p0.article AND \(posting).sentence = p0.sentence")
            conditions.append(Self.follows(posting, previous))
        }
        return (tables.joined(separator: ", "), conditions)
    }

    /// Which terms answer the pattern's word at `offset`: the word itself, a prefix, or a Dutch stem.
    private func termTest(_ offset: Int, into sql: inout SQLText) -> String {
        if let stems = pattern.stems {
            return "t.stem IN (" + stems[offset].sorted().map { sql.bind($0) }.joined(separator: ", ") + ")"
        }
        if offset == pattern.words.count - 1 && pattern.lastIsPrefix {
            return "starts_with(t.text, \(sql.bind(pattern.words[offset])))"
        }
        return "t.text = \(sql.bind(pattern.words[offset]))"
    }

    /// Whether posting `next` continues a match where `previous` left off: in the following word, at its
    /// start, once `previous` finished its word; or in the next part of the same compound.
    private static func follows(_ next: String, _ previous: String) -> String {
        """
        (((\(previous).slot <> 'p' OR \(previous).part + 1 = \(previous).parts) AND \(next).position = \(previous).position + 1 \
        AND (\(next).slot <> 'p' OR \(next).part = 0)) \
        OR (\(previous).slot = 'p' AND \(previous).part + 1 < \(previous).parts AND \(next).position = \(previous).position \
        AND \(next).slot = 'p' AND \(next).part = \(previous).part + 1))
        """
    }
}
