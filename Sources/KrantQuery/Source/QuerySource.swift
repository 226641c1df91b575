/// Query text with a name for messages (a script's path, `-e`, or the prompt), and line lookup.
///
/// Positions are UTF-8 byte offsets; lines and columns are computed only when a message needs them.
public struct QuerySource: Sendable {
    public let text: String
    /// How messages name it: a file path, or `<prompt>`.
    public let name: String
    private let lineStarts: [Int]

    public init(_ text: String, name: String = "<query>") {
        self.text = text
        self.name = name
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        let prefix = slice(lineStarts[line]..<min(offset, text.utf8.count))
        return (line + 1, prefix.count + 1)
    }

    /// The text of the line holding `offset`, without its newline.
    public func line(containing offset: Int) -> (text: Substring, start: Int) {
        let line = lineIndex(of: offset)
        let start = lineStarts[line]
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : text.utf8.count
        return (slice(start..<max(start, end)), start)
    }

    /// The text between two byte offsets.
    public func slice(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.lowerBound, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.upperBound, utf8.count)))
        return text[lower..<max(lower, upper)]
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
