import KrantCorpus
import KrantQuery

/// Turns a `where` condition over articles, sentences, mentions or actors into an SQL expression that is true or false, never
/// NULL, so that `not` keeps krant's meaning for undated articles.
///
/// Actor names are resolved on the server first, as krant resolves them: a canonical name, else every
/// actor with that form, compared folded.
struct ConditionTranslator: Sendable {
    let kind: RowKind
    let resolveActors: @Sendable (String) async throws -> [Int]

    func translate(_ condition: Condition, into sql: inout SQLText) async throws -> String {
        switch condition {
        case .and(let operands), .or(let operands):
            var parts: [String] = []
            for operand in operands { parts.append(try await translate(operand, into: &sql)) }
            let joiner = if case .and = condition { " AND " } else { " OR " }
            return "(" + parts.joined(separator: joiner) + ")"
        case .not(let inner, _):
            return "(NOT " + (try await translate(inner, into: &sql)) + ")"
        case .test(let test):
            return try await translate(test, into: &sql)
        }
    }

    private func translate(_ test: Test, into sql: inout SQLText) async throws -> String {
        let name = test.field.text.lowercased()
        let fields = ServerField.fields(of: kind)
        guard let field = fields.first(where: { $0.name == name }) else {
            throw FieldResolver.unknownField(test.field, of: kind, among: fields.map(\.name))
        }
        if case .matches(let pattern, let caseInsensitive, let range) = test.kind, field.type == .text || field.type == .indexedText {
            return try regexTest(field.columns[0].sql, pattern: pattern, caseInsensitive: caseInsensitive, range: range, into: &sql)
        }
        switch field.test {
        case .actorList, .actor:
            return try await actorTest(test, into: &sql)
        case .date(let first, let last):
            return try dateTest(test, first: first, last: last, into: &sql)
        case .words:
            if case .near(let proximity) = test.kind {
                return ProximitySQL(proximity: try proximity.checked(), kind: kind).exists(into: &sql)
            }
            guard case .contains(let literal, let stemmed) = test.kind else { break }
            guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else {
                throw Diagnostic(.semantic, "'contains' needs at least one word", at: literal.range)
            }
            return TextSearchSQL(pattern: pattern, kind: kind).exists(into: &sql)
        case .text(let folded):
            if let holds = try FieldTestSQL(test: test).text(folded, into: &sql) { return holds }
        case .enumeration(let column):
            guard case .enumeration(let cases) = field.type else { break }
            return try FieldTestSQL(test: test).enumeration(column, cases: cases, into: &sql)
        case .integer(let column):
            return try FieldTestSQL(test: test).integer(column, into: &sql)
        case .none:
            break
        }
        throw Diagnostic(.semantic, "this condition on '\(name)' is not supported on PostgreSQL yet", at: test.range,
                         notes: ["the server runs conditions on actors, dates, numbers and kinds, text contains on the text of articles "
                                 + "and sentences, and =, !=, <, >, in and between on other text"])
    }

    // MARK: Regular expressions

    /// `matches /…/` on the text as shown (empty where there is none), once the expression is one the server
    /// reads as krant does; a wrong expression fails as in memory.
    private func regexTest(_ column: String, pattern: String, caseInsensitive: Bool, range: Range<Int>,
                           into sql: inout SQLText) throws -> String {
        _ = try BoundedRegex(pattern: pattern, caseInsensitive: caseInsensitive, range: range)
        switch RegexTranslation.translate(pattern, caseInsensitive: caseInsensitive) {
        case .success(let translated):
            return "(coalesce(\(column), '') \(caseInsensitive ? "~*" : "~") \(sql.bind(translated)))"
        case .failure(let unsupported):
            throw Diagnostic(.semantic, "this regular expression is not supported on PostgreSQL yet", at: range,
                             notes: ["\(unsupported.construct) reads differently on the server",
                                     "the server runs characters, ., [sets], groups, |, ^, $, \\b and repetitions so far"])
        }
    }

    // MARK: Actors

    /// `actor = "…"`, `!=` and `in`.
    private func actorTest(_ test: Test, into sql: inout SQLText) async throws -> String {
        guard let (literals, negated) = test.equalityLiterals else {
            if case .compare(let op, let literal) = test.kind {
                throw Diagnostic(.semantic, "'\(op.rawValue)' does not apply to actors", at: literal.range,
                                 help: "use actor = \"…\", actor != \"…\" or actor in (\"…\", \"…\")")
            }
            throw Diagnostic(.semantic, "'\(test.field.text)' takes =, != or in", at: test.range,
                             help: "write actor = \"NAVO\" or actor in (\"China\", \"India\")")
        }
        var actors: [Int] = []
        for literal in literals { actors += try await self.actors(named: literal) }
        let holds = mentions(anyOf: actors, into: &sql)
        return negated ? "(NOT \(holds))" : holds
    }

    /// Whether the current row mentions one of `actors`: an article or sentence any of its mentions, a mention its own actor.
    func mentions(anyOf actors: [Int], into sql: inout SQLText) -> String {
        var placeholders: [String] = []
        for actor in Set(actors).sorted() { placeholders.append(sql.bind(actor)) }
        let list = placeholders.joined(separator: ", ")
        switch ServerField.fields(of: kind).first(where: { $0.name == "actor" })?.test {
        case .actorList(let match)?: return "EXISTS (SELECT 1 FROM krant.mentions m WHERE \(match) AND m.actor IN (\(list)))"
        case .actor(let column)?: return "\(column) IN (\(list))"
        default: return "false"
        }
    }

    /// The actors a name in quotes stands for, in actor order, as krant resolves it; an unknown name is an error.
    func actors(named literal: Literal) async throws -> [Int] {
        let name: String
        switch literal.kind {
        case .string(let text), .word(let text): name = text
        default: throw Diagnostic(.semantic, "an actor is named in quotes", at: literal.range, help: "write actor = \"NAVO\"")
        }
        let found = try await resolveActors(name)
        guard found.isEmpty else { return found }
        throw Diagnostic(.semantic, "unknown actor '\(name)'", at: literal.range,
                         notes: ["names are matched ignoring case and accents"])
    }

    // MARK: Dates

    /// krant's interval reading: `<` ends before the bound begins, `=` lies within it; undated rows fail.
    private func dateTest(_ test: Test, first firstDay: String, last lastDay: String, into sql: inout SQLText) throws -> String {
        func within(_ first: Int32, _ last: Int32, _ sql: inout SQLText) -> String {
            "(\(firstDay) >= \(sql.bind(Int(first))) AND \(lastDay) <= \(sql.bind(Int(last))))"
        }
        let holds: String
        switch test.kind {
        case .compare(let op, let literal):
            let bound = try date(literal, field: test.field)
            switch op {
            case .equal: holds = within(bound.firstDay, bound.lastDay, &sql)
            case .notEqual: holds = "NOT " + within(bound.firstDay, bound.lastDay, &sql)
            case .less: holds = "\(lastDay) < \(sql.bind(Int(bound.firstDay)))"
            case .lessOrEqual: holds = "(\(lastDay) < \(sql.bind(Int(bound.firstDay))) OR \(within(bound.firstDay, bound.lastDay, &sql)))"
            case .greater: holds = "\(firstDay) > \(sql.bind(Int(bound.lastDay)))"
            case .greaterOrEqual: holds = "(\(firstDay) > \(sql.bind(Int(bound.lastDay))) OR \(within(bound.firstDay, bound.lastDay, &sql)))"
            }
        case .member(let list):
            var parts: [String] = []
            for literal in list {
                let bound = try date(literal, field: test.field)
                parts.append(within(bound.firstDay, bound.lastDay, &sql))
            }
            holds = "(" + parts.joined(separator: " OR ") + ")"
        case .between(let low, let high):
            holds = within(try date(low, field: test.field).firstDay, try date(high, field: test.field).lastDay, &sql)
        case .contains, .near, .matches:
            throw Diagnostic(.semantic, "'\(test.field.text)' is a date; compare it with =, <, >, in or between",
                             at: test.range, help: "write for example \(test.field.text) between 2022-01 and 2022-06")
        }
        return "(\(firstDay) IS NOT NULL AND \(holds))"
    }

    private func date(_ literal: Literal, field: Name) throws -> CorpusDate {
        switch literal.kind {
        case .date(let date): return date
        case .integer(let year):
            do { return try CorpusDate(year: year) } catch {
                throw Diagnostic(.semantic, "bad date '\(year)': \(error)", at: literal.range)
            }
        case .string(let text):
            if let date = try? CorpusDate(parsing: text) { return date }
            throw Diagnostic(.semantic, "'\(field.text)' is a date, and \"\(text)\" is not one", at: literal.range,
                             help: "write a date without quotes: 2022, 2022-03 or 2022-03-15")
        case .word(let text):
            throw Diagnostic(.semantic, "'\(field.text)' is a date, and '\(text)' is not one", at: literal.range,
                             help: "write a date without quotes: 2022, 2022-03 or 2022-03-15")
        }
    }
}
