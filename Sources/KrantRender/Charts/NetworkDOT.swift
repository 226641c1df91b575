import Foundation

/// Writes a network in Graphviz's DOT language (`dot -Tsvg pairs.dot`, or `neato` for a spring layout): a
/// node per actor and an undirected edge per pair, as wide as the units holding both, blue for attraction
/// and dashed red for repulsion, labelled with G².
struct NetworkDOT {
    let network: NetworkChart

    var document: String {
        var lines = [
            "graph cooccur {",
            "  label=\(Self.quoted(network.title)); labelloc=t; fontname=\"Helvetica\";",
            "  node [shape=ellipse, fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        lines += network.nodes.map { "  \(Self.quoted($0));" }
        let widest = Double(network.edges.map(\.together).max() ?? 1)
        for edge in network.edges {
            let style = edge.g2 < 0 ? "color=\"\(SVGCanvas.negative)\", style=dashed" : "color=\"\(SVGCanvas.positive)\""
            let width = SVGCanvas.number(1 + 4 * Double(edge.together) / max(1, widest))
            lines.append("  \(Self.quoted(network.nodes[edge.from])) -- \(Self.quoted(network.nodes[edge.to])) "
                         + "[label=\"\(String(format: "%.2f", edge.g2))\", weight=\(max(0, edge.together)), penwidth=\(width), \(style)];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as DOT's own.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
