import Foundation
import Yams

/// The list of actors krant recognises, read from YAML that researchers edit by hand.
///
/// Each entry has a canonical `name`, a `kind`, and its forms by how they refer:
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
///
/// The canonical name is always a form itself.
public struct Gazetteer: Sendable {
    /// The actors in file order; `id` is the position.
    public private(set) var actors: [Actor]

    public init(actors: [Actor]) {
        self.actors = actors
    }

    /// The gazetteer shipped with krant: the countries, organisations and people of the seed corpus and more.
    public static let standard: Gazetteer = {
        do {
            return try Gazetteer(yaml: standardGazetteerYAML, path: "<standard gazetteer>")
        } catch {
            preconditionFailure("the standard gazetteer does not parse: \(error)")
        }
    }()

    /// Reads a gazetteer from YAML text; `path` names it in errors.
    public init(yaml: String, path: String) throws(GazetteerError) {
        let entries: [Entry]
        do {
            entries = try YAMLDecoder().decode([Entry].self, from: yaml)
        } catch {
            throw GazetteerError(path: path, decoding: error, yaml: yaml)
        }
        var actors: [Actor] = []
        for entry in entries {
            let name = entry.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw GazetteerError(path: path, reason: "an entry has an empty name") }
            actors.append(Actor(id: actors.count, name: name, kind: entry.kind, forms: entry.allForms,
                                affiliation: entry.affiliation))
        }
        self.actors = actors
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

    /// This gazetteer with `other`'s entries added; an entry whose name is already known adds its forms
    /// to that actor and replaces its kind and affiliation.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        var merged = actors
        var positions = Dictionary(actors.map { (Folding.fold($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        for actor in other.actors {
            if let position = positions[Folding.fold(actor.name)] {
                let existing = merged[position]
                let forms = existing.forms + actor.forms.filter { !existing.forms.contains($0) }
                merged[position] = Actor(id: position, name: existing.name, kind: actor.kind, forms: forms,
                                         affiliation: actor.affiliation ?? existing.affiliation)
            } else {
                positions[Folding.fold(actor.name)] = merged.count
                merged.append(Actor(id: merged.count, name: actor.name, kind: actor.kind, forms: actor.forms,
                                    affiliation: actor.affiliation))
            }
        }
        return Gazetteer(actors: merged)
    }

    private struct Entry: Decodable {
        var name: String
        var kind: ActorKind
        var affiliation: String?
        var forms: [String]?
        var adjectives: [String]?
        var demonyms: [String]?
        var metonyms: [String]?

        var allForms: [ActorForm] {
            var result = [ActorForm(name)]
            func add(_ texts: [String]?, _ kind: MentionKind) {
                for text in texts ?? [] where !result.contains(where: { $0.text == text }) {
                    result.append(ActorForm(text, kind: kind))
                }
            }
            add(forms, .name)
            add(adjectives, .adjective)
            add(demonyms, .demonym)
            add(metonyms, .metonym)
            return result
        }
    }
}

