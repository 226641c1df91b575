/// A value sent to the server beside the SQL, as `explain` lists it.
enum BoundValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case integers([Int])

    /// The value written so that it cannot be mistaken for SQL or disturb the terminal: text in double quotes
    /// with quotes, backslashes and control characters escaped as krant's strings write them; a long list cut.
    var shown: String {
        switch self {
        case .integer(let number): return String(number)
        case .integers(let numbers):
            let head = numbers.prefix(Self.listedNumbers).map(String.init).joined(separator: ", ")
            let rest = numbers.count > Self.listedNumbers ? ", … (\(numbers.count) in all)" : ""
            return "[\(head)\(rest)]"
        case .text(let text):
            var shown = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": shown += "\\\""
                case "\\": shown += "\\\\"
                case "\n": shown += "\\n"
                case "\t": shown += "\\t"
                case "\r": shown += "\\r"
                default:
                    // Escapes and other invisible characters are written as their code, never sent to the terminal.
                    if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                        shown += "\\u{\(String(scalar.value, radix: 16))}"
                    } else {
                        shown.unicodeScalars.append(scalar)
                    }
                }
            }
            return shown + "\""
        }
    }

    /// A `let` can hold thousands of rows; the first few tell what the list is.
    private static let listedNumbers = 10
}
