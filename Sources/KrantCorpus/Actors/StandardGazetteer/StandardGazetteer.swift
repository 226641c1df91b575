/// The gazetteer shipped with krant: countries and territories, international organisations, Dutch and
/// Belgian parties and institutions, people of world news with their roles, places and media. Kept as YAML
/// in the binary, one file per part, so krant never depends on finding a resource file at run time; the
/// generated parts are written by the tools in `data/gazetteer/tools`.
enum StandardGazetteer {
    /// The parts in load order, with the names errors give them.
    static let parts: [(name: String, yaml: String)] = [
        ("countries", countries), ("organizations", organizations), ("parties", parties), ("people", people),
        ("places-and-media", placesAndMedia), ("roles", roles),
    ]
}

extension Gazetteer {
    /// The gazetteer shipped with krant (see `StandardGazetteer`).
    public static let standard: Gazetteer = {
        do {
            // The parts are read on both cores: reading YAML is most of krant's start-up.
            let parts = ParallelMap.map(StandardGazetteer.parts) { part in
                Result { () throws(GazetteerError) in try Gazetteer(yaml: part.yaml, path: "<standard gazetteer: \(part.name)>") }
            }!
            var combined = Gazetteer(actors: [])
            for part in parts { combined = combined.appending(try part.get()) }
            try combined.validate(path: "<standard gazetteer>")
            return combined
        } catch {
            preconditionFailure("the standard gazetteer does not load: \(error)")
        }
    }()
}
