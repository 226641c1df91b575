import KrantQuery

/// The actors of cooccur rows as nodes and the pairs as edges, each edge with its signed G² and the units
/// that hold both actors.
public struct NetworkChart: Sendable {
    /// One pair: the nodes it joins (positions in `nodes`), its G², and how many units hold both.
    public struct Edge: Sendable {
        public let from: Int, to: Int
        public let g2: Double
        public let together: Int
    }

    /// The statement that made the rows.
    public let title: String
    /// Actor names, in the order the rows first name them.
    public let nodes: [String]
    /// One per row.
    public let edges: [Edge]

    /// The network of a result's rows; `request` must have the network shape.
    public init(_ result: QueryResult, request: PlotRequest) {
        title = request.title
        let actors = result.column("actor").map(BarChart.label), partners = result.column("partner").map(BarChart.label)
        var nodes: [String] = []
        var position: [String: Int] = [:]
        func node(_ name: String) -> Int {
            if let known = position[name] { return known }
            position[name] = nodes.count
            nodes.append(name)
            return nodes.count - 1
        }
        let g2 = result.column("g2").map(BarChart.number), together = result.column("together").map(BarChart.number)
        edges = actors.indices.map { row in
            Edge(from: node(actors[row]), to: node(partners[row]), g2: g2[row], together: Int(together[row]))
        }
        self.nodes = nodes
    }
}
