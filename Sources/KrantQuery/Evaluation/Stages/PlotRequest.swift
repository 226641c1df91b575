/// `plot "FILE"` as the evaluator records it on a result: where the chart goes, what it draws and from which
/// columns. The evaluator writes nothing; the shell renders the chart (KrantRender) and writes the file.
///
///     let result = try Query.run(#"articles | count by year | plot "years.svg""#, on: corpus)
///     result.plot?.path      // "years.svg"
///     result.plot?.columns   // PlotColumns(shape: .bars, labels: ["year"], values: ["count"])
public struct PlotRequest: Sendable, Hashable {
    /// The kinds of file a chart is written as, named by the file's extension.
    public enum FileType: String, Sendable, Hashable, CaseIterable {
        /// A chart for a browser.
        case svg
        /// A network for Graphviz (`dot -Tpng`).
        case dot
    }

    /// The file, as written in the statement.
    public let path: String
    public let fileType: FileType
    /// What the chart draws.
    public let columns: PlotColumns
    /// The statement without its `plot`, which titles the chart.
    public let title: String

    /// Checks that rows of this kind, with these columns, can be drawn in a file of this name.
    ///
    /// The one place that says what can be plotted: the `plot` stage and the shell's `.plot` both ask it.
    public init(path: String, network: Bool, title: String, result: QueryResult) throws(PlotRefusal) {
        guard let fileType = Self.fileType(of: path) else {
            let ending = path.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
            throw PlotRefusal(ending.map { "unknown chart file type '.\($0)' in '\(path)'" } ?? "'\(path)' has no extension to say what kind of chart to write",
                              help: "end the file name in .svg (a chart for a browser), or .dot (a cooccur network for Graphviz)",
                              pointsAtFile: true)
        }
        self.path = path
        self.fileType = fileType
        self.title = title
        columns = try PlotColumns(result, network: network || fileType == .dot)
    }

    /// The file type an extension names, any case; nil for any other.
    public static func fileType(of path: String) -> FileType? {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return FileType(rawValue: name[name.index(after: dot)...].lowercased())
    }
}

/// Why rows cannot be plotted, said once for the `plot` stage (as a diagnostic) and for `.plot`.
public struct PlotRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// Lowercase, naming what was asked.
    public let message: String
    /// What to write instead.
    public let help: String
    /// Whether the file name, rather than the stage, is at fault.
    public let pointsAtFile: Bool

    init(_ message: String, help: String, pointsAtFile: Bool = false) {
        self.message = message
        self.help = help
        self.pointsAtFile = pointsAtFile
    }

    public var description: String { "\(message)\n  help: \(help)" }
}
