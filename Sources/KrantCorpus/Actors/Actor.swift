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
}

/// One way of writing an actor.
public struct ActorForm: Sendable, Hashable, Codable {
    public let text: String
    public let kind: MentionKind

    public init(_ text: String, kind: MentionKind = .name) {
        self.text = text
        self.kind = kind
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
    /// For a name the gazetteer does not know (`kind == .unknown`): person, organization or place, guessed
    /// from the name and the words around it; nil when nothing pointed anywhere, and for gazetteer actors.
    public let guessedKind: ActorKind?

    public init(id: Int, name: String, kind: ActorKind, forms: [ActorForm], affiliation: String? = nil,
                guessedKind: ActorKind? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.forms = forms
        self.affiliation = affiliation
        self.guessedKind = guessedKind
    }
}
