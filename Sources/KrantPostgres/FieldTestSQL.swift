import KrantCorpus
import KrantQuery

/// A test of a plain field (text, one of a set of words, a number) as an SQL expression that is true or false,
/// never NULL, with the in-memory evaluator's meaning: text compares folded, a missing text is unequal to
/// everything and reads as empty in `in` and `between`, and a word must be one of the field's words.
struct FieldTestSQL {
    let test: Test

    private var field: String { test.field.text }

    /// Text compared folded, by the column of folded text; nil for `contains`, `within` and `matches`, which
    /// the server does not run on such fields.
    func text(_ folded: String, into sql: inout SQLText) throws -> String? {
        let column = "\(folded) COLLATE \"C\""
        switch test.kind {
        case .compare(let op, let literal):
            let bound = sql.bind(Folding.fold(text(literal)))
            return op == .notEqual ? "coalesce(\(column) <> \(bound), true)" : "coalesce(\(column) \(Self.sql(op)) \(bound), false)"
        case .member(let list):
            let bounds = list.map { sql.bind(Folding.fold(text($0))) }
            return "coalesce(\(folded), '') COLLATE \"C\" IN (\(bounds.joined(separator: ", ")))"
        case .between(let low, let high):
            let (first, last) = (sql.bind(Folding.fold(text(low))), sql.bind(Folding.fold(text(high))))
            return "coalesce(\(folded), '') COLLATE \"C\" BETWEEN \(first) AND \(last)"
        case .contains, .near, .matches:
            return nil
        }
    }

    /// `=`, `!=` and `in` over one of a fixed set of words.
    func enumeration(_ column: String, cases: [String], into sql: inout SQLText) throws -> String {
        let asked = try EnumerationTest(test, cases: cases)
        let words = asked.words.map { sql.bind($0) }
        let holds = "coalesce(\(column) IN (\(words.joined(separator: ", "))), false)"
        return asked.negated ? "(NOT \(holds))" : holds
    }

    /// Comparisons, `in` and `between` over whole numbers.
    func integer(_ column: String, into sql: inout SQLText) throws -> String {
        func number(_ literal: Literal) throws -> Int {
            if case .integer(let value) = literal.kind { return value }
            throw Diagnostic(.semantic, "'\(field)' is a number, and \(describe(literal)) is not one", at: literal.range,
                             help: "write a whole number, such as \(field) > 500")
        }
        switch test.kind {
        case .compare(let op, let literal):
            return "coalesce(\(column) \(Self.sql(op)) \(sql.bind(try number(literal))), false)"
        case .member(let list):
            var bounds: [String] = []
            for literal in list { bounds.append(sql.bind(try number(literal))) }
            return "coalesce(\(column) IN (\(bounds.joined(separator: ", "))), false)"
        case .between(let low, let high):
            let (first, last) = (try number(low), try number(high))
            return "coalesce(\(column) BETWEEN \(sql.bind(first)) AND \(sql.bind(last)), false)"
        case .contains, .near, .matches:
            throw Diagnostic(.semantic, "'\(field)' is a number; compare it with =, <, >, in or between", at: test.range)
        }
    }

    /// A literal as the text it compares as.
    private func text(_ literal: Literal) -> String {
        switch literal.kind {
        case .string(let text), .word(let text): text
        case .integer(let value): String(value)
        case .date(let date): date.description
        }
    }

    private func describe(_ literal: Literal) -> String {
        switch literal.kind {
        case .string(let text): "\"\(text)\""
        case .word(let text): "'\(text)'"
        case .integer(let value): String(value)
        case .date(let date): date.description
        }
    }

    private static func sql(_ op: Test.Operator) -> String {
        switch op {
        case .equal: "="
        case .notEqual: "<>"
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        }
    }
}
