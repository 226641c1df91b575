/// Statements that run but almost surely do not ask what their writer meant, found in the syntax tree before
/// they run: each gets a warning beside its (often empty) result instead of silence.
enum StatementWarnings {
    /// Fields holding running text, where `=` compares the whole text rather than looking for words.
    private static let textFields: Set<String> = ["text", "title"]

    static func warnings(for statement: Statement) -> [Diagnostic] {
        var conditions: [Condition] = statement.pipeline.source.condition.map { [$0] } ?? []
        for stage in statement.pipeline.stages {
            if let filter = stage.operation as? WhereStage { conditions.append(filter.condition) }
        }
        var warnings: [Diagnostic] = []
        for condition in conditions { collect(condition, into: &warnings) }
        return warnings
    }

    private static func collect(_ condition: Condition, into warnings: inout [Diagnostic]) {
        switch condition {
        case .and(let operands), .or(let operands):
            for operand in operands { collect(operand, into: &warnings) }
        case .not(let inner, _):
            collect(inner, into: &warnings)
        case .test(let test):
            if let warning = warning(for: test) { warnings.append(warning) }
        }
    }

    private static func warning(for test: Test) -> Diagnostic? {
        let field = test.field.text.lowercased()
        switch test.kind {
        case .compare(let comparison, let literal) where textFields.contains(field) && [.equal, .notEqual].contains(comparison):
            guard case .string(let text) = literal.kind else { return nil }
            return Diagnostic(.semantic, "'\(comparison.rawValue)' compares the whole \(field), so it matches only a \(field) that is exactly \"\(text)\"",
                              at: test.range, help: "to find words in it, write: \(test.field.text) contains \"\(text)\"", severity: .warning)
        case .contains(let literal, _):
            guard case .string(let text) = literal.kind,
                  let star = text.split(separator: " ").first(where: { $0.dropLast().contains("*") }) else { return nil }
            let prefix = star.prefix { $0 != "*" }
            return Diagnostic(.semantic, "'*' stands for any ending only at the end of a word; in '\(star)' it is looked for as it is",
                              at: literal.range, help: "for words starting with \(prefix), write: contains \"\(prefix)*\"", severity: .warning)
        default:
            return nil
        }
    }
}
