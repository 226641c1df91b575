import KrantQuery

/// `text contains "A" within N of "B" [in sentence|article]` over the postings: a match of A, in the article `a`
/// or starting in the sentence `s`, with a match of B 1 to N words away, last word to first word, in either
/// order, in the same sentence or, `in article`, anywhere in the same article.
///
/// A match is every way the pattern's words chain from a start (`TextSearchSQL.matches`); in memory a start
/// gives one match, the first way found, so a phrase that both runs through a compound and past it could end
/// in another word here.
struct ProximitySQL {
    let proximity: WordProximity
    let kind: RowKind

    /// An `EXISTS` that holds for the current row.
    func exists(into sql: inout SQLText) -> String {
        let anchors = TextSearchSQL(pattern: proximity.first, kind: kind).matches(into: &sql)
        let partners = TextSearchSQL(pattern: proximity.second, kind: kind).matches(into: &sql)
        let distance = sql.bind(proximity.distance)
        let row = kind == .sentences ? "x.sentence = s.sentence" : "x.article = a.article"
        let unit = proximity.crossesSentences ? "y.article = x.article" : "y.article = x.article AND y.sentence = x.sentence"
        return """
            EXISTS (SELECT 1 FROM (\(anchors)) x JOIN (\(partners)) y ON \(unit) WHERE \(row) \
            AND ((y.first > x.last AND y.first - x.last <= \(distance)) OR (x.first > y.last AND x.first - y.last <= \(distance))))
            """
    }
}
