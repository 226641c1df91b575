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
    /// Inferred from a date written in the opening of the text.
    case text
    /// The article is undated.
    case none
}
