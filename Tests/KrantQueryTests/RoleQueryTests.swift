import KrantCorpus
import Testing
@testable import KrantQuery

/// Role mentions as the language sees them: their kind and `role` field, the actor table's `role` column, and
/// `explain` naming the term that gave the person.
@Suite("Roles in queries")
struct RoleQueryTests {
    let corpus = Corpus(texts: ["date 2022-03-01\n\nDe Russische president sprak over de NAVO-chef.",
                                "date 2025-03-01\n\nDe NAVO-chef antwoordde."])

    @Test func roleMentionsCanBeFilteredAndShowTheirRole() throws {
        let result = try Query.run(#"mentions where kind = role | select actor, form, role, date"#, on: corpus)
        #expect(result.rows.map { $0.map(\.description) } == [
            ["Poetin", "Russische president", "president", "2022-03-01"],
            ["Stoltenberg", "NAVO-chef", "secretaris-generaal", "2022-03-01"],
            ["Rutte", "NAVO-chef", "secretaris-generaal", "2025-03-01"],
        ])
        #expect(try Query.run(#"mentions where kind = name | select role"#, on: corpus).column("role").allSatisfy { $0 == .null })
    }

    @Test func theActorTableListsAPersonsTerms() throws {
        let result = try Query.run(#"actors where name = "Rutte" | select name, role"#, on: corpus)
        #expect(result.column("role") == [.text("premier of Nederland, 2010-10-14 to 2024-07-02; secretaris-generaal of NAVO, since 2024-10-01")])
        #expect(!(try Query.run(#"actors"#, on: corpus).columns.contains("role")), "shown only when selected")
    }

    @Test func explainSaysWhichTermGaveThePerson() throws {
        let result = try Query.run(#"articles where actor = "Poetin" | explain"#, on: corpus)
        #expect(result.column("match").contains {
            $0.description.hasPrefix("Poetin “Russische president” at ")
                && $0.description.hasSuffix(", the president of Rusland, since 2012-05-07 on the article's date")
        })
    }
}
