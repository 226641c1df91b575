/// The days a date covers, as day numbers, so date tests over many rows compare integers.
public struct DaySpan: Sendable, Hashable {
    /// Days since 1970-01-01 of the first and last day covered.
    public let first: Int32
    public let last: Int32

    public init(_ date: CorpusDate) {
        first = date.firstDay
        last = date.lastDay
    }

    public init(first: Int32, last: Int32) {
        self.first = first
        self.last = last
    }

    /// Whether it lies wholly within another span: `2022-03-15` lies within `2022-03`.
    public func isWithin(_ other: DaySpan) -> Bool { first >= other.first && last <= other.last }
}
