import Foundation
import Yams

/// A gazetteer file that cannot be used: the file, the line and column where krant stopped reading (when it
/// knows them), and what it expected there.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let reason: String

    public init(path: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `actors.yaml:3:9: 'persoon' is not a kind of actor; …`
    public var description: String {
        path + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "") + ": " + reason
    }

    /// The keys of an entry that hold lists of forms.
    private static let listKeys: Set<String> = ["forms", "adjectives", "demonyms", "metonyms"]

    /// Says what went wrong in decoding `yaml`, in the words of the file rather than of the decoder.
    init(path: String, decoding error: any Error, yaml: String) {
        switch error {
        case let yamlError as YamlError:
            self.init(path: path, yaml: yamlError)
        case DecodingError.dataCorrupted(let context):
            if let yamlError = context.underlyingError as? YamlError {
                self.init(path: path, yaml: yamlError)
            } else if context.codingPath.last?.stringValue == "kind" {
                self.init(path: path, at: context.codingPath, in: yaml,
                          reason: "\(Self.value(at: context.codingPath, in: yaml).map { "'\($0)'" } ?? "this") is not a kind of actor; "
                            + "expected one of: \(ActorKind.allCases.filter { $0 != .unknown }.map(\.rawValue).joined(separator: ", "))")
            } else {
                self.init(path: path, at: context.codingPath, in: yaml, reason: context.debugDescription)
            }
        case DecodingError.keyNotFound(let key, let context):
            self.init(path: path, at: context.codingPath, in: yaml,
                      reason: "this entry has no '\(key.stringValue)'; every entry needs a name and a kind")
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            guard let key = context.codingPath.last?.stringValue else {
                self.init(path: path, reason: "a gazetteer is a list of entries, each starting with '- name:'")
                return
            }
            let expected = Self.listKeys.contains(key) ? "a list, such as [Rusland, Russische Federatie]" : "a single value, such as \(type)"
            self.init(path: path, at: context.codingPath, in: yaml, reason: "'\(key)' should be \(expected)")
        default:
            self.init(path: path, reason: "\(error)")
        }
    }

    private init(path: String, yaml error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            self.init(path: path, line: mark.line, column: mark.column,
                      reason: "not valid YAML: \(problem)" + (context.map { " \($0.text)" } ?? ""))
        default:
            self.init(path: path, reason: "not valid YAML: \(error)")
        }
    }

    private init(path: String, at codingPath: [any CodingKey], in yaml: String, reason: String) {
        let mark = Self.node(at: codingPath, in: yaml)?.mark
        self.init(path: path, line: mark?.line, column: mark?.column, reason: reason)
    }

    /// The deepest node along the path: a missing key is reported where its entry starts.
    private static func node(at codingPath: [any CodingKey], in yaml: String) -> Node? {
        guard var node = try? Yams.compose(yaml: yaml) else { return nil }
        for key in codingPath {
            let next: Node? = if let index = key.intValue {
                node.sequence.flatMap { index < $0.count ? $0[index] : nil }
            } else {
                node.mapping?[key.stringValue]
            }
            guard let next else { break }
            node = next
        }
        return node
    }

    private static func value(at codingPath: [any CodingKey], in yaml: String) -> String? {
        node(at: codingPath, in: yaml)?.scalar?.string
    }
}
