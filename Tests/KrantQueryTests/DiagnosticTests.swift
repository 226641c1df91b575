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

@Suite("Habits from other tools")
struct HabitTests {
    @Test(arguments: [
        ("SELECT id, title FROM articles WHERE actor = \"NAVO\"", "krant has no SELECT … FROM: a statement starts with its rows, and stages follow after '|'",
         "write: articles where actor = \"NAVO\" | select id, title"),
        ("select * from sentences;", "krant has no SELECT … FROM: a statement starts with its rows, and stages follow after '|'",
         "write: sentences"),
        ("articles | select *", "'select' names the fields to show; every field is shown without it",
         "write the fields, such as: select id, date, title; or leave '| select *' out"),
        ("help", "'help' is not a statement; krant's commands start with a dot", "write .help (and .help commands for the list of commands)"),
        ("\\?", "'\\?' is not a statement; krant's commands start with a dot", "write .help (and .help commands for the list of commands)"),
        ("quit", "'quit' is not a statement; krant's commands start with a dot", "write .quit, or press Ctrl-D"),
        ("exit", "'exit' is not a statement; krant's commands start with a dot", "write .quit, or press Ctrl-D"),
        ("\\q", "'\\q' is not a statement; krant's commands start with a dot", "write .quit, or press Ctrl-D"),
        ("articles where actor in [\"China\", \"India\"]", "a list is written in parentheses, not brackets", "write: in (\"China\", \"India\")"),
        ("articles | sort by date desc limit 3", "expected '|', ';' or the end of the statement, found 'limit'",
         "each stage starts with '|': write | limit 3"),
    ])
    func habitGetsKrantsWay(query: String, message: String, help: String) {
        let diagnostic = Fixtures.diagnostic(query)
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.help == help)
    }

    @Test(arguments: [
        ("articles where text = \"kernwapens\"", "'=' compares the whole text, so it matches only a text that is exactly \"kernwapens\"",
         "text = \"kernwapens\"", "to find words in it, write: text contains \"kernwapens\""),
        ("articles | where title != \"x\" or text = \"Poetin\"", "'=' compares the whole text, so it matches only a text that is exactly \"Poetin\"",
         "text = \"Poetin\"", "to find words in it, write: text contains \"Poetin\""),
        ("articles where text contains \"kern*wapens\"", "'*' stands for any ending only at the end of a word; in 'kern*wapens' it is looked for as it is",
         "\"kern*wapens\"", "for words starting with kern, write: contains \"kern*\""),
    ])
    func silentEmptyResultsWarn(query: String, message: String, pointed: String, help: String) throws {
        let result = try Query.run(query, on: Fixtures.corpus)
        let warning = try #require(result.warnings.last)
        #expect(warning.severity == .warning)
        #expect(warning.message == message)
        #expect(QuerySource(query).slice(warning.range) == pointed)
        #expect(warning.help == help)
    }

    @Test func rightStatementsDoNotWarn() throws {
        for query in ["articles where text contains \"kernwapen*\"", "articles where title contains \"Poetin\"",
                      "articles where actor = \"NAVO\"", "articles where id = \"000_7d7a0e2b2ca19402\""] {
            #expect(try Query.run(query, on: Fixtures.corpus).warnings.isEmpty, "\(query)")
        }
    }
}
