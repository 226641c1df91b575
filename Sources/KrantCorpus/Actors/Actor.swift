/// What sort of actor a gazetteer entry is.
public enum ActorKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, organization, person, media, place
    /// A name found in the text that the gazetteer does not know.
    case unknown
}

/// How a mention refers to its actor.
public enum MentionKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The actor's name or an alias: `NAVO`, `Vladimir Poetin`, `Poetins`.
    case name
    /// An adjective: `Russische`, `Oekraïense`.
    case adjective
    /// A word for its people: `Russen`, `Oekraïners`.
    case demonym
    /// A place standing for it: `Moskou`, `Kremlin` for Rusland.
    case metonym
    /// A role phrase that names the person holding the role on the article's date: `de Russische president`,
    /// `NAVO-chef`, `premier van Nederland`.
    case role
}

/// One way of writing an actor.
public struct ActorForm: Sendable, Hashable, Codable {
    public let text: String
    public let kind: MentionKind
    /// Matches only with the same capitals (`Vooruit`, `INDIA`), where the folded form is an ordinary word
    /// or another actor's name.
    public let isCaseSensitive: Bool
    /// Declared `ambiguous` in the gazetteer: several actors share it, and this one yields it to the one that
    /// does not declare it; if every holder declares it, the form alone names none of them.
    public let isAmbiguous: Bool

    public init(_ text: String, kind: MentionKind = .name, isCaseSensitive: Bool = false, isAmbiguous: Bool = false) {
        self.text = text
        self.kind = kind
        self.isCaseSensitive = isCaseSensitive
        self.isAmbiguous = isAmbiguous
    }
}

/// A role a person held over a period: `premier of Nederland from 2010-10-14 to 2024-07-02`.
public struct RoleTerm: Sendable, Hashable, CustomStringConvertible {
    /// The role's id in the gazetteer's role list: `premier`, `secretaris-generaal`.
    public let role: String
    /// The canonical name of the actor the role is of: `Nederland`, `NAVO`.
    public let of: String
    /// The first and last day in office; `nil` at the end while in office.
    public let from: CorpusDate
    public let to: CorpusDate?

    public init(role: String, of: String, from: CorpusDate, to: CorpusDate?) {
        self.role = role
        self.of = of
        self.from = from
        self.to = to
    }

    /// `premier of Nederland, 2010-10-14 to 2024-07-02`.
    public var description: String {
        "\(role) of \(of), " + (to.map { "\(from) to \($0)" } ?? "since \(from)")
    }

    /// Whether the person held the role on every day of `span`.
    public func covers(_ span: DaySpan) -> Bool {
        span.first >= from.firstDay && span.last <= (to?.lastDay ?? .max)
    }
}

/// A country, organisation, person or other actor that articles mention.
public struct Actor: Sendable, Hashable, Identifiable {
    /// The actor's position in the corpus's actor list.
    public let id: Int
    /// The canonical name, as a researcher would write it: `NAVO`, `Oekraïne`, `Poetin`.
    public let name: String
    public let kind: ActorKind
    /// Every form, the canonical name included.
    public let forms: [ActorForm]
    /// For people: the country or organisation they act for.
    public let affiliation: String?
    /// For people: the roles they held, with their periods, so that role phrases resolve to them by date.
    public let roles: [RoleTerm]
    /// For a name the gazetteer does not know (`kind == .unknown`): person, organization or place, guessed
    /// from the name and the words around it; nil when nothing pointed anywhere, and for gazetteer actors.
    public let guessedKind: ActorKind?

    public init(id: Int, name: String, kind: ActorKind, forms: [ActorForm], affiliation: String? = nil, roles: [RoleTerm] = [],
                guessedKind: ActorKind? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.forms = forms
        self.affiliation = affiliation
        self.roles = roles
        self.guessedKind = guessedKind
    }
}
