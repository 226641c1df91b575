import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file read back with Foundation's XML parser, so chart tests check what a browser would draw.
public struct SVGReader {
    /// One element: its name, attributes, the text inside it and, for a shape, its `<title>` tooltip.
    public struct Element: Sendable {
        public let name: String
        public let attributes: [String: String]
        public internal(set) var text = ""
        public internal(set) var tooltip: String?

        /// An attribute as a number (0 when it is missing).
        public func number(_ attribute: String) -> Double { Double(attributes[attribute] ?? "") ?? 0 }
    }

    /// Every element in document order, the root first.
    public let elements: [Element]

    /// Parses a document; fails when it is not well-formed XML.
    public init(_ text: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw CocoaError(.propertyListReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "\(parser.parserError.map { "\($0)" } ?? "not XML")"])
        }
        elements = collector.elements
    }

    /// The elements with this name and class, in document order.
    public func elements(_ name: String, class className: String) -> [Element] {
        elements.filter { $0.name == name && $0.attributes["class"] == className }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let closed = open.removeLast()
            if name == "title", let parent = open.last { elements[parent].tooltip = elements[closed].text }
        }
    }
}
