import Foundation
import Testing
@testable import KrantQuery

@Suite("The grammar file")
struct GrammarTests {
    let grammar = try! String(contentsOf: Fixtures.root.appendingPathComponent("grammar/krant.ebnf"), encoding: .utf8)

    @Test(arguments: Keyword.allCases)
    func everyKeywordIsInTheGrammar(keyword: Keyword) {
        #expect(grammar.contains("\"\(keyword.rawValue)\""), "keyword '\(keyword.rawValue)' is missing from grammar/krant.ebnf")
    }

    @Test func everyOperatorIsInTheGrammar() {
        for symbol in ["=", "!=", "<>", "<", "<=", ">", ">=", "|", "(", ")", ",", ";"] {
            #expect(grammar.contains("\"\(symbol)\""), "'\(symbol)' is missing from grammar/krant.ebnf")
        }
    }

    @Test func everyExampleRuns() throws {
        let examples = grammar.split(separator: "\n").filter { $0.hasPrefix("example: ") }.map { String($0.dropFirst(9)) }
        #expect(examples.count >= 10)
        var session = QuerySession(corpus: Fixtures.corpus)
        for example in examples {
            _ = try session.run(example)
        }
    }

    @Test func everyParseRuleIsQuotedByTheParser() throws {
        let rules = grammar.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let name = parts.first?.trimmingCharacters(in: .whitespaces),
                  name.allSatisfy({ $0.isLetter || $0 == "_" }), !name.isEmpty else { return nil }
            return name
        }
        // The parser, and the stages, each of which reads its own words.
        let folders = ["Sources/KrantQuery/Parsing", "Sources/KrantQuery/Evaluation/Stages"].map { Fixtures.root.appendingPathComponent($0) }
        let parserText = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        }.joined()
        let lexical: Set = ["identifier", "string", "integer", "date", "regex", "compare_op", "field"]
        for rule in rules where !lexical.contains(rule) {
            #expect(parserText.contains("// \(rule) ="), "the parser does not quote the rule '\(rule)'")
        }
    }
}
