import Foundation

/// An SVG document written element by element: every attribute and text escaped for XML, numbers with at
/// most two decimals, and nothing that changes between runs, so the same rows give the same bytes.
struct SVGCanvas {
    let width: Double, height: Double
    private var body: [String] = []

    /// Ten colours that stay apart for most eyes (Tableau 10), one per series in order.
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
    /// Attraction and repulsion in cooccur charts.
    static let positive = "#4e79a7", negative = "#e15759"
    static let fontSize = 12.0

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// About how wide a text is drawn at a font size, for laying labels out without measuring them.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * 0.62
    }

    /// A text cut with `…` to at most `limit` characters.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }

    /// `<name attributes>` with a tooltip or text inside, or `<name attributes/>`.
    mutating func add(_ name: String, _ attributes: KeyValuePairs<String, Any>, text: String? = nil, tooltip: String? = nil) {
        // An attribute given as an empty string is left out, so callers can pass optional ones inline.
        let written = attributes.filter { ($0.value as? String)?.isEmpty != true }
            .map { key, value in " \(key)=\"\(Self.attribute(value))\"" }.joined()
        var inner = ""
        if let tooltip { inner += "<title>\(Self.escaped(tooltip))</title>" }
        if let text { inner += Self.escaped(text) }
        body.append(inner.isEmpty ? "<\(name)\(written)/>" : "<\(name)\(written)>\(inner)</\(name)>")
    }

    /// A text at a point, anchored at its start, middle or end.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", className: String, size: Double = fontSize,
                       weight: String? = nil, rotation: Double? = nil) {
        let transform = rotation.map { "rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))" }
        add("text", ["class": className, "x": x, "y": y, "text-anchor": anchor, "font-size": size,
                     "font-weight": weight ?? "", "transform": transform ?? ""], text: text)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, className: String,
                       dashed: Bool = false, tooltip: String? = nil) {
        add("line", ["class": className, "x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": stroke, "stroke-width": width,
                     "stroke-dasharray": dashed ? "5 3" : "none"], tooltip: tooltip)
    }

    /// The document, sized by its view box so a browser scales it to the window.
    var document: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Self.number(width)) \(Self.number(height))" width="\(Self.number(width))" height="\(Self.number(height))" font-family="Helvetica, Arial, sans-serif">
        <rect class="background" x="0" y="0" width="\(Self.number(width))" height="\(Self.number(height))" fill="white"/>
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    /// A number with at most two decimals and no trailing zeros: the same bytes on every machine.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func attribute(_ value: Any) -> String {
        switch value {
        case let number as Double: Self.number(number)
        case let number as Int: String(number)
        default: escaped("\(value)")
        }
    }

    /// Text safe inside an element or a quoted attribute.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
