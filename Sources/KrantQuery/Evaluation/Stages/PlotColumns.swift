/// Which columns of a result a chart draws, and how.
public struct PlotColumns: Sendable, Hashable {
    /// How the rows become a chart.
    public enum Shape: Sendable, Hashable {
        /// `timeline`: bars (or lines, when there are many periods) along a time axis, one series per value column.
        case periods
        /// `count by` one key, `terms`: one horizontal bar per row.
        case bars
        /// `count by` two keys: a group of bars per value of the first, one bar per value of the second.
        case groups
        /// `cooccur`: one bar per pair, of signed G², repulsion left of the axis.
        case pairs
        /// `cooccur` as a network: the actors as nodes, the pairs as edges.
        case network
    }

    public let shape: Shape
    /// The columns that name a bar, period or node.
    public let labels: [String]
    /// The columns whose numbers are drawn.
    public let values: [String]

    /// A horizontal chart this long is no longer readable.
    public static let maximumBars = 100
    /// The most series a legend tells apart.
    public static let maximumSeries = 10

    init(_ result: QueryResult, network: Bool) throws(PlotRefusal) {
        let (kind, columns, rowCount) = (result.kind, result.columns, result.rowCount)
        guard case .rows = result.content else {
            throw PlotRefusal("'count' gives one number, which is no chart", help: "count by a key instead: … | count by month | plot \"FILE.svg\"")
        }
        if network, kind != .cooccurrences {
            throw PlotRefusal("a network is drawn from cooccur rows, not \(kind.rawValue)",
                              help: "for a bar chart write a .svg file without 'network'; for a network: sentences | cooccur | plot network \"pairs.svg\"")
        }
        func require(_ names: [String]) throws(PlotRefusal) {
            for name in names where !columns.contains(name) {
                throw PlotRefusal("the rows have no '\(name)' column to plot",
                                  help: "plot before 'select', or select \(names.joined(separator: ", ")) too")
            }
        }
        switch kind {
        case .timeline:
            let counts = zip(columns, result.columnTypes).dropFirst().filter { $0.1 == .integer }.map(\.0)
            guard let period = columns.first, !counts.isEmpty else {
                throw PlotRefusal("the timeline has no count column left to plot", help: "plot before 'select'")
            }
            guard counts.count <= Self.maximumSeries else {
                throw PlotRefusal("a chart tells at most \(Self.maximumSeries) series apart, and the timeline has \(counts.count)",
                                  help: "name fewer actors after 'of'")
            }
            (shape, labels, values) = (.periods, [period], counts)
            return
        case .groups:
            try require(["count"])
            let keys = Array(columns.prefix { $0 != "count" })
            guard (1...2).contains(keys.count) else {
                throw PlotRefusal(keys.isEmpty ? "the counts have no key to label the bars with"
                                  : "a chart shows 'count by' one or two keys, and this has \(keys.count): \(keys.joined(separator: ", "))",
                                  help: "count by one key, or two for bars grouped by the first")
            }
            let series = keys.count == 2 ? Set(result.column(keys[1])).count : 1
            guard series <= Self.maximumSeries else {
                throw PlotRefusal("'\(keys[1])' has \(series) values, more than the \(Self.maximumSeries) a legend tells apart",
                                  help: "count by \(keys[0]) alone, or keep fewer values with where first")
            }
            (shape, labels, values) = (keys.count == 1 ? .bars : .groups, keys, ["count"])
        case .words:
            try require(["count"])
            guard let word = columns.first, word != "count" else {
                throw PlotRefusal("the rows have no word column to label the bars with", help: "plot before 'select'")
            }
            (shape, labels, values) = (.bars, [word], ["count"])
        case .cooccurrences:
            try require(network ? ["actor", "partner", "g2", "together"] : ["actor", "partner", "g2"])
            (shape, labels, values) = network ? (.network, ["actor", "partner"], ["g2", "together"]) : (.pairs, ["actor", "partner"], ["g2"])
        default:
            throw PlotRefusal("\(kind.rawValue) cannot be plotted; a chart draws the rows of timeline, count by, terms and cooccur",
                              help: "count or analyse the rows first, such as: articles | timeline by month | plot \"months.svg\"")
        }
        guard rowCount <= Self.maximumBars else {
            throw PlotRefusal("\(rowCount) \(kind.noun(count: rowCount)) are too many to draw readably; a chart takes at most \(Self.maximumBars)",
                              help: "keep the first ones, such as: … | limit 40 | plot \"FILE.svg\"")
        }
    }
}
