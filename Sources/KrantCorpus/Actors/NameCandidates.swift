/// Finds capitalised multi-word names the gazetteer does not know (`Happymon Jacob`, `Denis Volkov`), so a
/// researcher sees who it misses.
enum NameCandidates {
    /// Words that never belong to a person-like name, even capitalised.
    static let excludedWords: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dat", "die", "dit", "deze", "als", "ook", "in", "op",
        "met", "van", "voor", "na", "bij", "door", "over", "uit", "tot", "naar", "om", "te", "er", "hij", "zij",
        "ze", "wij", "we", "ik", "je", "u", "wat", "wie", "waar", "waarom", "hoe", "toen", "nu", "zo", "daar", "hier",
        "volgens", "tijdens", "sinds", "ondanks", "terwijl", "omdat", "of", "wel", "niet", "geen", "al", "nog",
        "zaken", "vergadering", "oorlog", "partij", "instituut", "volksrepubliek", "unie", "staten", "naties",
        "raad", "commissie", "ministerie", "bank", "fonds", "universiteit", "akkoord", "akkoorden", "top", "zee",
        "rijk", "new", "the", "minister", "president", "premier", "generaal", "secretaris", "kanselier", "maandag",
        "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lees", "beeld", "foto",
    ]

    /// Runs of two to four capitalised words in one sentence that no mention covers.
    static func find(in tokens: [TextToken], covered: Set<Int>, text: String) -> [(name: String, range: Range<Int>, tokens: ClosedRange<Int>)] {
        var result: [(String, Range<Int>, ClosedRange<Int>)] = []
        var run: [Int] = []
        func closeRun() {
            defer { run.removeAll() }
            guard (2...4).contains(run.count) else { return }
            let range = tokens[run.first!].range.lowerBound..<tokens[run.last!].range.upperBound
            let name = run.map { String(text.utf8Slice(tokens[$0].range)) }.joined(separator: " ")
            result.append((name, range, run.first!...run.last!))
        }
        for (index, token) in tokens.enumerated() {
            guard isNameWord(token, text: text) && !covered.contains(index) else {
                closeRun()
                continue
            }
            // `Ho-jin` may end a name; `Levada-onderzoeker` is a description and cannot start one.
            if hasLowercasePart(token, text: text) {
                if !run.isEmpty { run.append(index) }
                closeRun()
            } else {
                run.append(index)
            }
        }
        closeRun()
        return result
    }

    private static func isAllCapitals(_ word: Substring) -> Bool {
        for scalar in word.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
            } else if scalar.properties.isLowercase {
                return false
            }
        }
        return true
    }

    private static func hasLowercasePart(_ token: TextToken, text: String) -> Bool {
        token.isCompound && text.utf8Slice(token.range).split(separator: "-").dropFirst().contains { $0.first?.isLowercase ?? false }
    }

    private static func isNameWord(_ token: TextToken, text: String) -> Bool {
        guard token.kind == .word, token.isCapitalized, !excludedWords.contains(token.folded) else { return false }
        // Abbreviations (`NAVO`, `CDA`) are organisations, not people; Dutch adjectives (`Koude`, `Algemene`)
        // begin many capitalised phrases that are not names.
        let isAbbreviation = token.range.count > 1 && isAllCapitals(text.utf8Slice(token.range))
        let isAdjectiveLike = token.folded.count > 4 && (token.folded.hasSuffix("se") || token.folded.hasSuffix("ische")
            || token.folded.hasSuffix("ende") || token.folded.hasSuffix("ene") || token.folded.hasSuffix("de"))
        return !isAbbreviation && !isAdjectiveLike
    }
}
