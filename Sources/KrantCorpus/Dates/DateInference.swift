/// Finds when an article without a date header was published, from the dates written in its opening, by
/// one rule in order (the first that finds a date decides):
///
/// 1. A **timestamp**: a date after a weekday (`donderdag 24 februari 2022`) or before a time
///    (`24 februari 2022, 21:33`, `24-02-2022 21:33`); the first one, since updates follow the original.
/// 2. A **dateline**: a paragraph that opens with a capitalised place, a dash or comma and a date within its
///    first words (`Moskou, 3 juni –`, `Moskou – Op 20 juni 2024 …`); a day and month without a year take
///    the latest year written in the opening.
/// 3. Otherwise the **latest** full date written in the opening, then the latest month and year: an opening
///    looks back at earlier events (`op 17 juli 2014`, the MH17 crash, in a report of 2019), not forward, so
///    the first date written is often not the day of writing.
///
/// The opening is the first few paragraphs of text, past a headline and sub-headings, captions and bylines.
enum DateInference {
    /// How many paragraphs of running text, from the start, are searched.
    static let openingParagraphs = 4

    static let monthNumbers: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "okt": 10, "nov": 11, "dec": 12,
    ]

    static let weekdays: Set<String> = [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "ma", "di", "wo", "do", "vr", "za", "zo",
    ]

    /// How far into a paragraph a dateline's date may stand, in tokens (`Moskou – Op 20 juni`).
    static let datelineReach = 8

    /// A date as written: where it stands and how precise it is.
    private struct Written {
        var year: Int?
        let month: Int
        let day: Int?
        let paragraph: Int
        /// Token positions in its paragraph, from its first to its last token.
        let tokens: ClosedRange<Int>
    }

    /// The publication date and how it was found, from the opening paragraphs' tokens; nil when the opening
    /// names no date.
    static func infer(fromOpening paragraphs: [[TextToken]], terms: ArticleTerms) -> (date: CorpusDate, provenance: DateProvenance)? {
        let written = paragraphs.enumerated().flatMap { index, tokens in dates(in: tokens, paragraph: index, terms: terms) }
        let latestYear = written.compactMap(\.year).max()
        func date(_ date: Written) -> CorpusDate? {
            guard let year = date.year ?? latestYear else { return nil }
            return try? CorpusDate(year: year, month: date.month, day: date.day)
        }
        if let stamp = written.first(where: { isTimestamp($0, in: paragraphs[$0.paragraph], terms: terms) }), let found = date(stamp) {
            return (found, .timestamp)
        }
        if let line = written.first(where: { isDateline($0, in: paragraphs[$0.paragraph], terms: terms) }), let found = date(line) {
            return (found, .dateline)
        }
        let full = written.filter { $0.year != nil && $0.day != nil }.compactMap(date)
        if let latest = full.max(by: { $0.firstDay < $1.firstDay }) { return (latest, .text) }
        let months = written.filter { $0.year != nil && $0.day == nil }.compactMap(date)
        if let latest = months.max(by: { $0.firstDay < $1.firstDay }) { return (latest, .text) }
        return nil
    }

    /// Every date written in a paragraph: `20 juni 2024`, `juni 2024`, `3 juni`, `2024-06-20`, `20-06-2024`.
    private static func dates(in tokens: [TextToken], paragraph: Int, terms: ArticleTerms) -> [Written] {
        var found: [Written] = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .number, let numeric = numericDate(terms.folded(token)) {
                found.append(Written(year: numeric.year, month: numeric.month, day: numeric.day, paragraph: paragraph, tokens: index...index))
                continue
            }
            guard token.kind == .word, let month = monthNumbers[terms.folded(token)] else { continue }
            let day = index > 0 && tokens[index - 1].kind == .number ? Int(terms.folded(tokens[index - 1])).flatMap { (1...31).contains($0) ? $0 : nil } : nil
            let year = index + 1 < tokens.count && tokens[index + 1].kind == .number ? self.year(terms.folded(tokens[index + 1])) : nil
            // A month name alone (`mei` is also a word) is no date.
            guard day != nil || year != nil else { continue }
            let first = day == nil ? index : index - 1, last = year == nil ? index : index + 1
            found.append(Written(year: year, month: month, day: day, paragraph: paragraph, tokens: first...last))
        }
        return found
    }

    private static func numericDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if text.utf8.count == 10, parts[0] >= 1800 { return (parts[0], parts[1], parts[2]) }   // 2024-06-20
        if parts[2] >= 1800 { return (parts[2], parts[1], parts[0]) }                          // 20-06-2024
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let value = Int(word), (1800...2999).contains(value) else { return nil }
        return value
    }

    /// After a weekday, or before a time (`21:33`, `21.33 uur`), possibly with a comma between.
    private static func isTimestamp(_ date: Written, in tokens: [TextToken], terms: ArticleTerms) -> Bool {
        if date.tokens.lowerBound > 0, weekdays.contains(terms.folded(tokens[date.tokens.lowerBound - 1])) { return true }
        var next = date.tokens.upperBound + 1
        if next < tokens.count, tokens[next].kind == .punctuation, tokens[next].mark == "," { next += 1 }
        guard next < tokens.count, tokens[next].kind == .number else { return false }
        let time = terms.folded(tokens[next])
        guard let hour = Int(time.prefix(2)), (0...23).contains(hour) else { return false }
        if time.contains("."), time.count == 5 { return true }   // 21.33
        return next + 2 < tokens.count && tokens[next + 1].kind == .punctuation && tokens[next + 1].mark == ":" && tokens[next + 2].kind == .number
    }

    /// In the first words of a paragraph that opens with a capitalised place and a dash or comma.
    private static func isDateline(_ date: Written, in tokens: [TextToken], terms: ArticleTerms) -> Bool {
        guard date.tokens.lowerBound <= datelineReach, let first = tokens.first, first.kind == .word, first.isCapitalized,
              !weekdays.contains(terms.folded(first)) else { return false }
        let opening = tokens.prefix(datelineReach + 2)
        guard let mark = opening.firstIndex(where: { $0.kind == .punctuation && ["–", "—", "-", ","].contains($0.mark) }) else { return false }
        // The place is the words before the mark, all capitalised (`Den Haag`, `New York`).
        return tokens[..<mark].allSatisfy { $0.kind == .word && ($0.isCapitalized || ["den", "de", "van"].contains(terms.folded($0))) }
    }
}
