import Testing
@testable import KrantQuery

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) throws -> [Statement] {
        try Parser.parse(QuerySource(text))
    }

    @Test func pipelineWithEveryStage() throws {
        let statement = try #require(try parse(
            #"articles where actor = "NAVO" | where date < 2022 | sort by date desc, id | limit 3 offset 1 | select id, date | sentences | mentions | actors | count by kind"#).first)
        guard case .table(.articles) = statement.pipeline.source.kind else { Issue.record("source"); return }
        #expect(statement.pipeline.source.condition != nil)
        #expect(statement.pipeline.stages.count == 8)
        let sort = try #require(statement.pipeline.stages[1].operation as? SortStage)
        #expect(sort.keys.map(\.field.text) == ["date", "id"])
        #expect(sort.keys.map(\.descending) == [true, false])
    }

    @Test func precedenceIsOrAndNot() throws {
        let statement = try #require(try parse("articles where not words = 1 or words = 2 and words = 3").first)
        guard case .or(let operands) = statement.pipeline.source.condition, operands.count == 2 else {
            Issue.record("or on top"); return
        }
        guard case .not = operands[0] else { Issue.record("not binds tightest"); return }
        guard case .and(let conjuncts) = operands[1], conjuncts.count == 2 else { Issue.record("and binds tighter than or"); return }
    }

    @Test func parenthesesGroup() throws {
        let statement = try #require(try parse("articles where (words = 1 or words = 2) and words = 3").first)
        guard case .and(let operands) = statement.pipeline.source.condition, case .or = operands[0] else {
            Issue.record("grouping"); return
        }
    }

    @Test func statementsSeparateOnNewlinesAndSemicolons() throws {
        #expect(try parse("articles; sentences\nmentions\n\n# comment\nactors").count == 4)
    }

    @Test func statementsContinueInParenthesesAndAroundPipes() throws {
        let text = "articles where (actor = \"NAVO\"\n  or actor = \"EU\") |\n count\narticles\n  | count"
        let statements = try parse(text)
        #expect(statements.count == 2)
        #expect(statements.map { $0.pipeline.stages.count } == [1, 1])
    }

    @Test(arguments: ["and", "or", "where", "not", "by", "offset", ",", "|"])
    func statementsContinueAfterAContinuingWord(word: String) throws {
        let lines: [String: (String, String)] = [
            "and": ("articles where actor = \"NAVO\" and", "date < 2022-03"),
            "or": ("articles where actor = \"NAVO\" or", "actor = \"EU\""),
            "where": ("articles where", "actor = \"NAVO\""),
            "not": ("articles where not", "actor = \"NAVO\""),
            "by": ("articles | sort by", "date desc"),
            "offset": ("articles | limit 2 offset", "1"),
            ",": ("articles | select id,", "date"),
            "|": ("articles |", "count"),
        ]
        let (first, second) = try #require(lines[word])
        #expect(LineContinuation.isUnfinished(first))
        #expect(!LineContinuation.isUnfinished(first + "\n" + second))
        #expect(try parse(first + "\n" + second + "\narticles").count == 2)
    }

    @Test func letBindsAName() throws {
        let statement = try #require(try parse(#"let nato = articles where actor = "NAVO""#).first)
        #expect(statement.binding?.text == "nato")
    }

    @Test func rangesCoverTheirSource() throws {
        let text = #"articles where actor = "NAVO" | count"#
        let statement = try #require(try parse(text).first)
        let source = QuerySource(text)
        #expect(source.slice(statement.range) == text[...])
        #expect(source.slice(statement.pipeline.stages[0].range) == "count")
        guard case .test(let test) = statement.pipeline.source.condition else { Issue.record("test"); return }
        #expect(source.slice(test.range) == #"actor = "NAVO""#)
        #expect(source.slice(test.field.range) == "actor")
    }

    @Test(arguments: [
        ("articles where", "the statement ends early: expected a condition, such as actor = \"NAVO\"", true),
        ("articles |", "expected a stage after '|', found end of input", true),
        ("articles where (actor = \"NAVO\"", "expected ')' to close '(' at 1:16, found end of input", true),
        ("articles where actor in (\"a\", \"b\"", "expected ',' or ')' to close '(' at 1:25, found end of input", true),
        ("articles where actor", "the statement ends early: expected an operator after 'actor' (=, !=, <, <=, >, >=, in, between, contains, matches)", false),
        ("articles | foo", "expected a stage after '|', found 'foo'", false),
        ("articles where actor = \"x\")", "expected '|', ';' or the end of the statement, found ')'", false),
        ("where actor = \"x\"", "a statement starts with a source, not 'where'", false),
        ("let articles = actors", "'articles' is a reserved word and cannot name a result", false),
        ("articles | limit many", "expected a whole number after 'limit', found 'many'", false),
        ("articles where text contains kern", "'contains' takes text in double quotes", false),
        ("articles where \"NAVO\" = actor", "a condition starts with a field name, not string \"NAVO\"", false),
        ("articles where actor is \"NAVO\"", "expected an operator after 'actor', found 'is'", false),
        ("articles wher actor = \"NAVO\"", "expected '|', ';' or the end of the statement, found 'wher'", false),
        ("articles | terms with verbs", "expected 'stopwords' or 'numbers' after 'with', found 'verbs'", false),
        ("articles | terms with stopwords,", "the statement ends early: expected 'stopwords' or 'numbers' after 'with'", true),
        ("articles | keywords whole words", "expected 'forms' after 'whole', found 'words'", false),
    ])
    func syntaxErrors(query: String, message: String, unfinished: Bool) {
        let diagnostic = Fixtures.diagnostic(query)
        #expect(diagnostic?.message == message)
        #expect(LineContinuation.isUnfinished(query) == unfinished)
    }

    @Test(arguments: [
        ("articles | terms", WordListOptions()),
        ("articles | terms top 5 with stopwords", WordListOptions(keepsStopwords: true)),
        ("articles | terms with numbers, stopwords whole forms", WordListOptions(keepsStopwords: true, keepsNumbers: true, countsWholeForms: true)),
        ("articles | keywords whole forms with numbers", WordListOptions(keepsNumbers: true, countsWholeForms: true)),
        ("articles | terms With Stopwords With Numbers", WordListOptions(keepsStopwords: true, keepsNumbers: true)),
    ])
    func wordListOptions(query: String, options: WordListOptions) throws {
        let statement = try #require(try parse(query).first)
        let terms = try #require(statement.pipeline.stages.first?.operation as? TermsStage)
        #expect(terms.options == options)
    }

    @Test func typoOfWhereSuggestsIt() {
        #expect(Fixtures.diagnostic("articles wher actor = \"NAVO\"")?.help == "did you mean 'where'?")
        #expect(Fixtures.pointedText("articles wher actor = \"NAVO\"") == "wher")
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = "articles where " + String(repeating: "(", count: 10_000) + "words = 1" + String(repeating: ")", count: 10_000)
        #expect(Fixtures.diagnostic(deep)?.message == "the condition is nested too deeply")
        let nots = "articles where " + String(repeating: "not ", count: 10_000) + "words = 1"
        #expect(Fixtures.diagnostic(nots)?.message == "the condition is nested too deeply")
    }

    @Test(arguments: ["", "   ", "\n\n", "# only a comment", ";;"])
    func emptyInputHasNoStatements(text: String) throws {
        #expect(try parse(text).isEmpty)
    }
}
