extension Gazetteer {
    /// This gazetteer with `other`'s actors and roles after its own, as parts of one file set: nothing is
    /// merged or overridden, so `validate` sees every clash.
    func appending(_ other: Gazetteer) -> Gazetteer {
        let shifted = other.actors.map {
            Actor(id: actors.count + $0.id, name: $0.name, kind: $0.kind, forms: $0.forms, affiliation: $0.affiliation, roles: $0.roles)
        }
        return Gazetteer(actors: actors + shifted, roles: roles + other.roles)
    }

    /// Checks what matching relies on: no two actors share a name; a form that several actors share is
    /// declared `ambiguous` by all but at most one of them; every role a person holds is a known role of a
    /// known actor; and no two people hold a role that is not shared on the same day, so that a role phrase
    /// names one person.
    public func validate(path: String) throws(GazetteerError) {
        var names: [String: String] = [:]
        var holders: [MatchKey: [(actor: String, yields: Bool)]] = [:]
        for actor in actors {
            if let earlier = names.updateValue(actor.name, forKey: Folding.fold(actor.name)) {
                throw GazetteerError(path: path, reason: "two entries are named '\(actor.name)' ('\(earlier)'); merge them into one")
            }
            for form in actor.forms where !holders[MatchKey(form), default: []].contains(where: { $0.actor == actor.name }) {
                holders[MatchKey(form), default: []].append((actor.name, form.isAmbiguous))
            }
        }
        for (key, owners) in holders where owners.count > 1 && owners.filter({ !$0.yields }).count > 1 {
            let who = owners.filter { !$0.yields }.map(\.actor).joined(separator: ", ")
            throw GazetteerError(path: path, reason: "the form '\(key.words.joined(separator: " "))' belongs to \(who); "
                                 + "list it under 'ambiguous' in all but the one it should name")
        }
        let roleIDs = Dictionary(roles.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        var terms: [String: [(person: String, term: RoleTerm)]] = [:]
        for actor in actors {
            for term in actor.roles {
                guard let role = roleIDs[term.role] else {
                    throw GazetteerError(path: path, reason: "\(actor.name): '\(term.role)' is not a role; roles are entries with 'role:'")
                }
                guard names[Folding.fold(term.of)] != nil else {
                    throw GazetteerError(path: path, reason: "\(actor.name): the role '\(term.role)' is of '\(term.of)', which is no actor's name")
                }
                if !role.isShared { terms["\(term.role)\u{1}\(Folding.fold(term.of))", default: []].append((actor.name, term)) }
            }
        }
        for held in terms.values {
            for (index, first) in held.enumerated() {
                for second in held[(index + 1)...] where first.person != second.person && overlap(first.term, second.term) {
                    throw GazetteerError(path: path, reason: "\(first.person) and \(second.person) both hold '\(first.term.role)' of "
                                         + "\(first.term.of) on one day (\(first.term) and \(second.term)); mark the role 'shared: true' or correct the dates")
                }
            }
        }
    }

    private func overlap(_ first: RoleTerm, _ second: RoleTerm) -> Bool {
        first.from.firstDay < (second.to?.lastDay ?? .max) && second.from.firstDay < (first.to?.lastDay ?? .max)
    }
}
