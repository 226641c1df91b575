import Foundation

/// Draws a network as SVG: the actors on a circle in the order of the rows (so the same rows give the same
/// picture), an edge per pair as wide as the units holding both, blue for attraction and dashed red for
/// repulsion, with a legend that says so.
struct NetworkSVG {
    let network: NetworkChart

    var document: String {
        // Names stand outward along the radius, so the circle needs room for the longest one.
        let longest = network.nodes.map { SVGCanvas.textWidth($0) }.max() ?? 0
        let radius = max(140, min(300, Double(network.nodes.count) * 9))
        let size = 2 * (radius + longest + 30)
        let top = 84.0
        var canvas = SVGCanvas(width: max(size, 560), height: size + top + 10)
        let center = (x: canvas.width / 2, y: top + size / 2)
        let limit = Int((canvas.width - 40) / SVGCanvas.textWidth("x", size: 15))
        canvas.text(SVGCanvas.shortened(network.title, to: limit), x: 20, y: 28, className: "title", size: 15, weight: "bold")
        // One legend entry per line: the canvas may be narrow when the names are short.
        canvas.line(x1: 20, y1: 48, x2: 44, y2: 48, stroke: SVGCanvas.positive, width: 2, className: "legend-swatch")
        canvas.text("together more often than expected (G² > 0)", x: 50, y: 52, className: "legend")
        canvas.line(x1: 20, y1: 66, x2: 44, y2: 66, stroke: SVGCanvas.negative, width: 2, className: "legend-swatch", dashed: true)
        canvas.text("less often (G² < 0); line width: units with both", x: 50, y: 70, className: "legend")
        let angles = network.nodes.indices.map { 2 * Double.pi * Double($0) / Double(max(1, network.nodes.count)) - Double.pi / 2 }
        let places = angles.map { (x: center.x + radius * cos($0), y: center.y + radius * sin($0)) }
        let widest = Double(network.edges.map(\.together).max() ?? 1)
        for edge in network.edges {
            let from = places[edge.from], to = places[edge.to]
            canvas.line(x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: edge.g2 < 0 ? SVGCanvas.negative : SVGCanvas.positive,
                        width: 1 + 5 * Double(edge.together) / max(1, widest), className: "edge", dashed: edge.g2 < 0,
                        tooltip: "\(network.nodes[edge.from]) – \(network.nodes[edge.to]): together \(edge.together), G² \(String(format: "%.2f", edge.g2))")
        }
        for (index, name) in network.nodes.enumerated() {
            let place = places[index], angle = angles[index]
            canvas.add("circle", ["class": "node", "cx": place.x, "cy": place.y, "r": 5, "fill": "#333333"], tooltip: name)
            // Names on the left half are turned the other way round, so that none reads upside down.
            let onLeft = cos(angle) < -1e-9
            let degrees = angle * 180 / Double.pi + (onLeft ? 180 : 0)
            canvas.text(name, x: center.x + (radius + 10) * cos(angle), y: center.y + (radius + 10) * sin(angle) + 4,
                        anchor: onLeft ? "end" : "start", className: "label", rotation: degrees)
        }
        return canvas.document
    }
}
