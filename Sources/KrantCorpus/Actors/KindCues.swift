/// Hints, counted over a name's occurrences, of what kind of actor a name the gazetteer does not know is.
///
/// Around one occurrence: a role or an initial before it (`oppositieleider`, `Premier`, `J.`) or a verb of
/// saying next to it (`zei`, `zegt`) says person; a preposition of place or a place word before it (`in`,
/// `naar`, `uit`, `hoofdstad`) says place; a definite article or an organisation word before it (`de`, `het`,
/// `terreurorganisatie`) says organisation, since Dutch puts no article before a person's name.
struct KindCues: Sendable, Hashable {
    var person = 0
    var organization = 0
    var place = 0

    /// The cues of one occurrence of a name.
    struct Occurrence: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let person = Occurrence(rawValue: 1)
        static let organization = Occurrence(rawValue: 2)
        static let place = Occurrence(rawValue: 4)
    }

    mutating func add(_ occurrence: Occurrence) {
        if occurrence.contains(.person) { person += 1 }
        if occurrence.contains(.organization) { organization += 1 }
        if occurrence.contains(.place) { place += 1 }
    }

    /// The kind a name probably has, from its spellings and these cues; nil when nothing points anywhere.
    ///
    /// The words of the name decide first, since they hold for every occurrence: an abbreviation in capitals
    /// or an organisation word (`Partij`, `Bank`, `-raad`) makes an organisation, a place word as the last
    /// word (`Zee`, `Stadion`, `-straat`, `-dam`) a place, a common first name a person. Then the occurrences
    /// vote; a name of two or three words that nothing else points at is taken for a person's, as most are.
    func guess(spelling: String) -> ActorKind? {
        let words = spelling.split(separator: " ")
        guard let last = words.last else { return nil }
        let folded = words.map { Folding.fold($0) }
        if words.count == 1 && Self.isAbbreviation(last) { return .organization }
        if folded.contains(where: { $0.split(separator: "-").contains { NameVocabulary.organizationStems.matches(String($0)) } }) {
            return .organization
        }
        if NameVocabulary.placeStems.matches(folded.last!) { return .place }
        if words.count > 1 && NameVocabulary.firstNames.contains(folded[0]) { return .person }
        let votes: [(ActorKind, Int)] = [(.person, person), (.organization, organization), (.place, place)]
        let best = votes.max { $0.1 < $1.1 }!
        if best.1 > 0 && votes.filter({ $0.1 == best.1 }).count == 1 { return best.0 }
        return (2...3).contains(words.count) ? .person : nil
    }

    /// `ECB`, `PVV`, `IAEA`: two or more letters, all capitals.
    static func isAbbreviation(_ word: some StringProtocol) -> Bool {
        word.unicodeScalars.count > 1 && word.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }
}
