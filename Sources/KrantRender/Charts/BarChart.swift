import KrantQuery

/// A bar chart's words and numbers, read from a result by the columns its plot request names: categories
/// along one axis, one series of values per legend entry.
public struct BarChart: Sendable {
    /// Bars grow up from a time axis, or right (and left, below zero) from a value axis.
    public enum Orientation: Sendable { case vertical, horizontal }

    /// One legend entry: a name and a value per category.
    public struct Series: Sendable {
        public let name: String
        public let values: [Double]
    }

    /// The statement that made the rows.
    public let title: String
    /// What the categories are (`month`, `term`, `pair`) and what the values measure (`count`, `G²`).
    public let categoryAxis: String, valueAxis: String
    public let categories: [String]
    public let series: [Series]
    public let orientation: Orientation
    /// Bars coloured by sign, for the signed G² of cooccur.
    public let colorsBySign: Bool

    /// More periods than this are drawn as lines: bars would be thinner than a pixel or two.
    public static let mostBarsAlongTime = 60

    /// Whether the chart draws lines through the periods instead of bars.
    public var drawsLines: Bool { orientation == .vertical && categories.count > Self.mostBarsAlongTime }

    /// The chart of a result's rows; `request` must be a bar shape (not a network).
    public init(_ result: QueryResult, request: PlotRequest) {
        let columns = request.columns
        title = request.title
        let labels = columns.labels.map { result.column($0).map(Self.label) }
        switch columns.shape {
        case .periods:
            (categoryAxis, valueAxis, orientation) = (columns.labels[0], "count", .vertical)
            categories = labels[0]
            series = columns.values.map { Series(name: $0, values: result.column($0).map(Self.number)) }
        case .groups:
            // The first key's values down the side, the second key's as series, each in order of first appearance.
            (categoryAxis, valueAxis, orientation) = (columns.labels[0], "count", .horizontal)
            let groups = Self.distinct(labels[0]), names = Self.distinct(labels[1])
            var values = Array(repeating: Array(repeating: 0.0, count: groups.count), count: names.count)
            for (row, count) in result.column("count").map(Self.number).enumerated() {
                values[names.firstIndex(of: labels[1][row])!][groups.firstIndex(of: labels[0][row])!] += count
            }
            categories = groups
            series = zip(names, values).map { Series(name: "\(columns.labels[1]) \($0)", values: $1) }
        case .pairs, .network:
            (categoryAxis, valueAxis, orientation) = ("pair", "G² (signed: below zero, together less often than expected)", .horizontal)
            categories = zip(labels[0], labels[1]).map { "\($0) – \($1)" }
            series = [Series(name: "g2", values: result.column("g2").map(Self.number))]
        case .bars:
            (categoryAxis, valueAxis, orientation) = (columns.labels[0], columns.values[0], .horizontal)
            categories = labels[0]
            series = [Series(name: columns.values[0], values: result.column(columns.values[0]).map(Self.number))]
        }
        colorsBySign = columns.shape == .pairs
    }

    /// A cell as a bar's length: an empty one (a rate without a base) is no bar.
    static func number(_ value: Value) -> Double {
        switch value {
        case .integer(let number): Double(number)
        case .double(let number): number.isFinite ? number : 0
        default: 0
        }
    }

    static func label(_ value: Value) -> String {
        value == .null ? "(none)" : value.description
    }

    private static func distinct(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.filter { seen.insert($0).inserted }
    }
}
