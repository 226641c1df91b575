/// The role a paragraph plays in a news article.
public enum SegmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The headline.
    case title
    /// The opening paragraph.
    case lead
    /// Ordinary running text.
    case body
    /// A short sub-head between body paragraphs.
    case heading
    /// A photo caption (`… Beeld AP`, `Foto: …`).
    case caption
    /// A `Lees ook:` block and what follows it.
    case related
    /// The writer's name, `Door Frank van Vliet`.
    case byline

    /// Paragraphs of the report itself, where its opening is read for a date.
    public var isRunningText: Bool { self == .lead || self == .body }
}

/// A paragraph: a run of text between blank lines, with its role.
public struct Paragraph: Sendable, Hashable {
    /// UTF-8 byte offsets in the article text.
    public let range: Range<Int>
    public let kind: SegmentKind
}

/// Where an article's date came from.
public enum DateProvenance: String, Sendable, Hashable, CaseIterable {
    /// A `date` header on the first line, or a `date` field in JSON Lines.
    case header
    /// The latest date written in the opening of the text, when it has no timestamp or dateline.
    case text
    /// The article is undated.
    case none
    /// A timestamp in the opening: a date after a weekday or before a time (`donderdag 24 februari 2022, 21:33`).
    case timestamp
    /// A dateline: a place and a date opening a paragraph (`Moskou, 3 juni –`).
    case dateline

    /// Whether the date was read from the article's text rather than given with it.
    public var isInferred: Bool { self == .text || self == .timestamp || self == .dateline }
}
