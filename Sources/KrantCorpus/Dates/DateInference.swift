/// Finds the date an undated article was written from the dates written in its opening.
enum DateInference {
    /// How many paragraphs from the start are searched.
    static let openingParagraphs = 3

    static let monthNumbers: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "okt": 10, "nov": 11, "dec": 12,
    ]

    /// The earliest-written full date (`20 juni 2024`, `2024-06-20`) in the opening tokens, or failing
    /// that the earliest month and year (`juni 2024`).
    static func infer(fromOpening tokens: [TextToken]) -> CorpusDate? {
        let words = tokens.filter { $0.kind != .punctuation }.map(\.folded)
        var monthOnly: CorpusDate?
        for (index, word) in words.enumerated() {
            if word.utf8.count == 10, let date = try? CorpusDate(parsing: word), date.precision == .day {
                return date
            }
            guard let month = monthNumbers[word], index + 1 < words.count, let year = year(words[index + 1]) else {
                continue
            }
            if index > 0, let day = Int(words[index - 1]), let date = try? CorpusDate(year: year, month: month, day: day) {
                return date
            }
            if monthOnly == nil { monthOnly = try? CorpusDate(year: year, month: month) }
        }
        return monthOnly
    }

    private static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let value = Int(word), (1800...2999).contains(value) else { return nil }
        return value
    }
}
