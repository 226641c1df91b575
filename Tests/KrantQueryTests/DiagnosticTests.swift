import Testing
@testable import KrantQuery

@Suite("Semantic diagnostics")
struct DiagnosticTests {
    @Test(arguments: [
        (#"articles where actr = "NAVO""#, "unknown field 'actr'", "actr", "did you mean 'actor'?"),
        (#"articles where segment = caption"#, "articles have no field 'segment'; sentences do", "segment", nil),
        (#"articles where actor = "Navoo""#, "unknown actor 'Navoo'", #""Navoo""#, #"did you mean "NAVO"?"#),
        (#"articles where actor = "Poetinn""#, "unknown actor 'Poetinn'", #""Poetinn""#, #"did you mean "Poetin"?"#),
        (#"articles where date = "abc""#, "'date' is a date, and \"abc\" is not one", #""abc""#,
         "write a date without quotes: 2022, 2022-03 or 2022-03-15"),
        ("articles where words > \"many\"", "'words' is a number, and \"many\" is not one", #""many""#,
         "write a whole number, such as words > 500"),
        ("mentions where kind = metonim", "'metonim' is not a kind", "metonim", "did you mean 'metonym'?"),
        ("articles where title matches /(/", "bad regular expression /(/", "/(/",
         "check its brackets and escapes; write \\( for a literal parenthesis"),
        ("articles | limit -1", "'limit' takes a whole number of 0 or more", "-1", nil),
        ("nato | count", "unknown source 'nato'", "nato", nil),
        ("articles | count | limit 1", "'count' gives one number, so nothing can follow it", "limit 1",
         "use 'count by FIELD' for a table of counts"),
        ("articles | count by year | sentences", "'sentences' needs articles, sentences or mentions, but these rows are groups",
         "sentences", nil),
        ("articles | sort by titel", "unknown field 'titel'", "titel", "did you mean 'title'?"),
        ("articles where actor < \"NAVO\"", "'<' does not apply to actors", "\"NAVO\"",
         "use actor = \"…\", actor != \"…\" or actor in (\"…\", \"…\")"),
    ])
    func semanticError(query: String, message: String, pointed: String, help: String?) {
        let diagnostic = Fixtures.diagnostic(query)
        #expect(diagnostic?.message == message)
        #expect(Fixtures.pointedText(query) == pointed)
        if let help { #expect(diagnostic?.help == help) }
    }

    @Test func errorsCarryLineAndColumn() {
        do {
            var session = QuerySession(corpus: Fixtures.corpus)
            _ = try session.run("articles | count\narticles where actr = 1", name: "script.krant")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "script.krant:2:16: error: unknown field 'actr' (help: did you mean 'actor'?)")
        }
    }

    @Test func suggestionsFindNearNames() {
        #expect(Suggestions.closest(to: "actr", among: ["actor", "date", "title"]) == ["actor"])
        #expect(Suggestions.closest(to: "zzzz", among: ["actor", "date"]).isEmpty)
    }
}
