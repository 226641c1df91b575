import Foundation

/// A regular expression whose matching is cut off after a time limit, so a pattern with catastrophic
/// backtracking (`/(a+)+$/`) ends with a clear error instead of hanging krant.
package struct BoundedRegex: @unchecked Sendable {
    /// How long one text may take.
    static let timeLimit: TimeInterval = 1

    // NSRegularExpression is immutable once made, but not marked Sendable on Linux.
    private let expression: NSRegularExpression
    private let pattern: String
    private let range: Range<Int>

    package init(pattern: String, caseInsensitive: Bool, range: Range<Int>) throws(Diagnostic) {
        do {
            expression = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw Diagnostic(.semantic, "bad regular expression /\(pattern)/", at: range,
                             help: "check its brackets and escapes; write \\( for a literal parenthesis")
        }
        self.pattern = pattern
        self.range = range
    }

    func matches(_ text: String) throws(Diagnostic) -> Bool {
        let deadline = Date().addingTimeInterval(Self.timeLimit)
        var found = false
        var timedOut = false
        // With .reportProgress the block is also called while a match is being tried, so it can stop it.
        expression.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if Date() > deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        if timedOut {
            throw Diagnostic(.evaluation, "the regular expression /\(pattern)/ took too long on one text and was stopped", at: range,
                             notes: ["a repetition inside a repetition, such as (a+)+, can take forever to fail"],
                             help: "simplify the pattern, or use contains \"…\" for words and phrases")
        }
        return found
    }
}
