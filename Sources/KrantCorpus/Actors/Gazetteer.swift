import Foundation
import Yams

/// The list of actors krant recognises, and the roles people hold, read from YAML that researchers edit by hand.
///
/// Each actor entry has a canonical `name`, a `kind`, and its forms by how they refer:
///
///     - name: Rusland
///       kind: country
///       forms: [Rusland]
///       adjectives: [Russisch, Russische]
///       demonyms: [Russen]
///       metonyms: [Moskou, Kremlin]
///     - name: Poetin
///       kind: person
///       affiliation: Rusland
///       forms: [Vladimir Poetin]
///       roles:
///         - {role: president, of: Rusland, from: 2012-05-07}
///     - role: president
///       forms: [president, staatshoofd]
///
/// The canonical name is always a form itself. `exact: [Vooruit]` lists forms that match only with the same
/// capitals; `ambiguous: [Washington]` declares a form this actor shares with another and yields to it (see
/// `ActorForm.isAmbiguous`). An entry with `role:` defines a role and the words the press uses for it; a role
/// shared by several people at once (EU commissioners) says `shared: true`.
public struct Gazetteer: Sendable {
    /// The actors in file order; `id` is the position.
    public private(set) var actors: [Actor]
    /// The roles people hold, in file order.
    public private(set) var roles: [Role]

    /// A role and the words that name it: `secretaris-generaal`, said as `secretaris-generaal`, `chef`, `topman`.
    public struct Role: Sendable, Hashable {
        public let id: String
        public let forms: [String]
        /// Held by several people at once, so a role phrase cannot say which of them is meant.
        public let isShared: Bool

        public init(id: String, forms: [String], isShared: Bool = false) {
            self.id = id
            self.forms = forms
            self.isShared = isShared
        }
    }

    public init(actors: [Actor], roles: [Role] = []) {
        self.actors = actors
        self.roles = roles
    }

    /// Reads a gazetteer from YAML text; `path` names it in errors.
    public init(yaml: String, path: String) throws(GazetteerError) {
        let items: [Item]
        do {
            items = try YAMLDecoder().decode([Item].self, from: yaml)
        } catch {
            throw GazetteerError(path: path, decoding: error, yaml: yaml)
        }
        var actors: [Actor] = [], roles: [Role] = []
        for item in items {
            switch item {
            case .role(let role):
                roles.append(role)
            case .actor(let entry):
                let name = entry.name.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { throw GazetteerError(path: path, reason: "an entry has an empty name") }
                actors.append(Actor(id: actors.count, name: name, kind: entry.kind, forms: try entry.allForms(path: path),
                                    affiliation: entry.affiliation, roles: try entry.roleTerms(path: path)))
            }
        }
        self.actors = actors
        self.roles = roles
    }

    /// Reads a gazetteer file.
    public static func load(path: String) throws(GazetteerError) -> Gazetteer {
        let text: String
        do {
            text = try FileReader.text(atPath: path)
        } catch {
            throw GazetteerError(path: path, reason: error.description)
        }
        return try Gazetteer(yaml: text, path: path)
    }

    /// This gazetteer with `other`'s entries added. An entry whose name is already known adds its forms and
    /// roles to that actor and replaces its kind and affiliation; a form of `other` that an actor here also
    /// has is taken from that actor, so a user's file overrides the standard one; a role of the same id
    /// replaces this one's.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        let position = Dictionary(actors.map { (Folding.fold($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        let otherKeys = Set(other.actors.flatMap { $0.forms.map(MatchKey.init) })
        var merged = actors.map { actor in
            Actor(id: actor.id, name: actor.name, kind: actor.kind, forms: actor.forms.filter { !otherKeys.contains(MatchKey($0)) },
                  affiliation: actor.affiliation, roles: actor.roles)
        }
        var added: [String: Int] = [:]
        for actor in other.actors {
            let key = Folding.fold(actor.name)
            if let index = position[key] ?? added[key] {
                let existing = merged[index]
                merged[index] = Actor(id: index, name: existing.name, kind: actor.kind,
                                      forms: existing.forms + actor.forms.filter { !existing.forms.contains($0) },
                                      affiliation: actor.affiliation ?? existing.affiliation,
                                      roles: existing.roles + actor.roles.filter { !existing.roles.contains($0) })
            } else {
                added[key] = merged.count
                merged.append(Actor(id: merged.count, name: actor.name, kind: actor.kind, forms: actor.forms,
                                    affiliation: actor.affiliation, roles: actor.roles))
            }
        }
        let replaced = Set(other.roles.map(\.id))
        return Gazetteer(actors: merged, roles: roles.filter { !replaced.contains($0.id) } + other.roles)
    }

    /// An actor entry or a role entry: a list item with `role:` defines a role.
    private enum Item: Decodable {
        case actor(ActorEntry)
        case role(Role)

        private enum Keys: String, CodingKey { case role, forms, shared }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            guard container.contains(.role) else {
                self = .actor(try ActorEntry(from: decoder))
                return
            }
            let id = try container.decode(String.self, forKey: .role)
            let forms = try container.decodeIfPresent([String].self, forKey: .forms) ?? []
            self = .role(Role(id: id, forms: forms.contains(id) ? forms : [id] + forms,
                              isShared: try container.decodeIfPresent(Bool.self, forKey: .shared) ?? false))
        }
    }

    private struct ActorEntry: Decodable {
        var name: String
        var kind: ActorKind
        var affiliation: String?
        var forms: [String]?
        var adjectives: [String]?
        var demonyms: [String]?
        var metonyms: [String]?
        var exact: [String]?
        var ambiguous: [String]?
        var roles: [RoleEntry]?

        struct RoleEntry: Decodable {
            var role: String
            var of: String
            var from: String
            var to: String?
        }

        func allForms(path: String) throws(GazetteerError) -> [ActorForm] {
            let exact = Set(exact ?? []), ambiguous = Set(ambiguous ?? [])
            var result: [ActorForm] = []
            func add(_ texts: [String]?, _ kind: MentionKind) {
                for text in texts ?? [] where !result.contains(where: { $0.text == text }) {
                    result.append(ActorForm(text, kind: kind, isCaseSensitive: exact.contains(text), isAmbiguous: ambiguous.contains(text)))
                }
            }
            add([name], .name)
            add(forms, .name)
            add(adjectives, .adjective)
            add(demonyms, .demonym)
            add(metonyms, .metonym)
            add(self.exact, .name)
            for form in ambiguous where !result.contains(where: { $0.text == form }) {
                throw GazetteerError(path: path, reason: "\(name): the ambiguous form '\(form)' is not one of its forms")
            }
            return result
        }

        func roleTerms(path: String) throws(GazetteerError) -> [RoleTerm] {
            var terms: [RoleTerm] = []
            for entry in roles ?? [] {
                func date(_ text: String) throws(GazetteerError) -> CorpusDate {
                    guard let date = try? CorpusDate(parsing: text) else {
                        throw GazetteerError(path: path, reason: "\(name): the role '\(entry.role)' has '\(text)' for a date; write YYYY-MM-DD")
                    }
                    return date
                }
                let from = try date(entry.from)
                let to = try entry.to.map { text throws(GazetteerError) in try date(text) }
                if let to, to.lastDay < from.firstDay {
                    throw GazetteerError(path: path, reason: "\(name): the role '\(entry.role)' ends before it starts")
                }
                terms.append(RoleTerm(role: entry.role, of: entry.of, from: from, to: to))
            }
            return terms
        }
    }
}
