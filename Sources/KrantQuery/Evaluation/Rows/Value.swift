import Foundation
import KrantCorpus

/// One cell of a result.
public enum Value: Sendable, Hashable, Comparable, CustomStringConvertible {
    case null
    case text(String)
    case integer(Int)
    case double(Double)
    case date(CorpusDate)
    /// Several values, such as the actors an article mentions.
    case list([Value])

    public var description: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .double(let value): String(format: "%.4f", value)
        case .date(let date): date.description
        case .list(let values): values.map(\.description).joined(separator: ", ")
        }
    }

    /// Nulls sort last; values of one kind sort naturally; text compares folded so `Oekraïne` sits with `O`.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, _): false
        case (_, .null): true
        case (.text(let a), .text(let b)): (Folding.fold(a), a) < (Folding.fold(b), b)
        case (.integer(let a), .integer(let b)): a < b
        case (.double(let a), .double(let b)): a < b
        case (.integer(let a), .double(let b)): Double(a) < b
        case (.double(let a), .integer(let b)): a < Double(b)
        case (.date(let a), .date(let b)): a < b
        case (.list(let a), .list(let b)): a.lexicographicallyPrecedes(b)
        case (.list(let a), _): a.first.map { $0 < rhs } ?? false
        case (_, .list(let b)): b.first.map { lhs < $0 } ?? true
        default: lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .integer, .double: 0
        case .date: 1
        case .text: 2
        case .list: 3
        case .null: 4
        }
    }
}


/// A value prepared for sorting: text is folded once here instead of in every comparison.
struct OrderKey: Comparable {
    let value: Value
    private let folded: String?

    init(_ value: Value) {
        self.value = value
        if case .text(let text) = value { folded = Folding.fold(text) } else { folded = nil }
    }

    static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
        if let left = lhs.folded, let right = rhs.folded, left != right { return left < right }
        return lhs.value < rhs.value
    }

    static func == (lhs: OrderKey, rhs: OrderKey) -> Bool { lhs.value == rhs.value }
}
