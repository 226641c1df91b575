/// ANSI styles, used only when writing to a terminal and colour is allowed.
public enum TerminalStyle: String, Sendable {
    case bold = "1", red = "31", green = "32", yellow = "33", cyan = "36", dim = "2"

    public func apply(to text: String) -> String {
        "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}

extension StringProtocol {
    /// Columns the text takes in a terminal: wide East Asian characters and emoji count two, marks none.
    var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            if value == 0x200D || (0xFE00...0xFE0F).contains(value) { continue }
            let isWide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            width += isWide ? 2 : 1
        }
        return width
    }
}
