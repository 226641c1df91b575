import KrantQuery

/// The text of the chart file a plot request asks for, and a phrase that says what it holds.
///
///     let result = try Query.run(#"articles | count by year | plot "years.svg""#, on: corpus)
///     let file = ChartFile(result, request: result.plot!)
///     try file.text.write(toFile: result.plot!.path, atomically: true, encoding: .utf8)
///     print("wrote years.svg (\(file.contents))")   // wrote years.svg (4 bars)
public struct ChartFile: Sendable {
    /// The SVG or DOT document.
    public let text: String
    /// What the chart shows, for the line that reports the file: `12 bars`, `900 periods, 2 lines`, `8 actors, 12 pairs`.
    public let contents: String

    public init(_ result: QueryResult, request: PlotRequest) {
        if request.columns.shape == .network {
            let network = NetworkChart(result, request: request)
            text = request.fileType == .dot ? NetworkDOT(network: network).document : NetworkSVG(network: network).document
            contents = "\(Self.counted(network.nodes.count, "actor")), \(Self.counted(network.edges.count, "pair"))"
        } else {
            let chart = BarChart(result, request: request)
            text = BarChartSVG(chart: chart).document
            contents = chart.drawsLines
                ? "\(Self.counted(chart.categories.count, "period")), \(Self.counted(chart.series.count, "line"))"
                : Self.counted(chart.categories.count * chart.series.count, "bar")
                    + (chart.series.count > 1 ? " in \(chart.series.count) series" : "")
        }
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
