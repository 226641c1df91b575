import Foundation
/// Divides an article's text into paragraphs and gives each its segment kind.
enum Segmenter {
    static let headlineMaximumWords = 20
    static let headingMaximumWords = 12

    static func paragraphs(of draft: ArticleDraft) -> [Paragraph] {
        var blocks = blockRanges(in: draft.text, from: draft.bodyStart)
        guard !blocks.isEmpty else { return [] }
        var result: [Paragraph] = []
        let startsWithHeadline = draft.hasExplicitTitle
            || (draft.headerDate == nil && draft.bodyStart == 0 && isHeadline(firstLineOf: blocks[0], in: draft.text))
        if startsWithHeadline {
            let firstLine = firstLineRange(of: blocks[0], in: draft.text)
            result.append(Paragraph(range: firstLine, kind: .title))
            let rest = trimmed(firstLine.upperBound..<blocks[0].upperBound, in: draft.text)
            if rest.isEmpty { blocks.removeFirst() } else { blocks[0] = rest }
        }
        var inRelatedBlock = false
        var hasLead = false
        for block in blocks {
            let text = draft.text.utf8Slice(block)
            if text.hasPrefix("Lees ook") || text.hasPrefix("Lees meer") { inRelatedBlock = true }
            let kind: SegmentKind
            if inRelatedBlock { kind = .related }
            else if !hasLead && author(ofByline: text) != nil { kind = .byline }
            else if isCaption(text) { kind = .caption }
            else if !hasLead { kind = .lead }
            else if isHeading(text) { kind = .heading }
            else { kind = .body }
            hasLead = hasLead || kind == .lead
            result.append(Paragraph(range: block, kind: kind))
        }
        return result
    }

    /// The writer named by a byline (`Door Frank van Vliet` → `Frank van Vliet`, `Tekst: Anna de Wit`), or nil
    /// when the paragraph is not one: a byline is short, names people with capitals, and ends without a stop.
    public static func author(ofByline text: Substring) -> String? {
        guard text.utf8.count <= 100, !text.utf8.contains(0x0A), let last = text.last, !".!?:;".contains(last) else { return nil }
        guard let prefix = ["Door ", "Tekst: ", "Tekst en foto: ", "Tekst en beeld: "].first(where: { text.hasPrefix($0) }) else {
            return nil
        }
        let name = text.dropFirst(prefix.count)
        let words = name.split(separator: " ")
        guard (1...10).contains(words.count), words.first?.first?.isUppercase == true else { return nil }
        let joiners: Set<Substring> = ["van", "de", "der", "den", "ter", "ten", "het", "'t", "in", "en", "und", "von", "da", "la", "le", "el", "al", "bin"]
        return words.allSatisfy({ $0.first?.isUppercase == true || joiners.contains($0) }) ? String(name) : nil
    }

    /// A caption names its photographer or agency last: `… Beeld AP`, `… Beeld via REUTERS`, `Foto: ANP`,
    /// `… © AP`, `… Ⓒ ANP`, or is a bare credit (`ANP`, `Foto ANP / Remko de Waal`).
    static func isCaption(_ text: Substring) -> Bool {
        // Every prefix below begins with one of these bytes; most paragraphs begin with none of them.
        let first = text.utf8.first
        if first == 0x46 || first == 0x42 || first == 0xC2 || first == 0xE2, text.hasPrefix("Foto:") || text.hasPrefix("Foto ") || text.hasPrefix("Beeld ") || text.hasPrefix("©") || text.hasPrefix("Ⓒ") {
            return true
        }
        // A copyright sign near the end credits the picture the paragraph describes. Most paragraphs have
        // none anywhere, which their bytes show without reading them as characters.
        if text.utf8.count <= 400, contains(copyrightSigns, in: text.utf8),
           text.suffix(60).contains(where: { $0 == "©" || $0 == "Ⓒ" }) {
            return true
        }
        if text.utf8.count <= 40, agencies.contains(String(text.trimmingCharacters(in: .punctuationCharacters))) { return true }
        // Only the last few words matter; looking no further keeps this cheap on long paragraphs, and most
        // paragraphs have no marker there at all.
        let tail = text.utf8.suffix(120)
        guard contains(creditMarkers, in: tail) else { return false }
        let words = tail.split(separator: 0x20).map { Substring($0) }
        guard let marker = words.lastIndex(where: { $0 == "Beeld" || $0 == "Foto:" || $0 == "(Foto" || $0 == "(Beeld" }),
              marker > 0 || words.count < 8 else { return false }
        let credit = words[(marker + 1)...]
        let closesSentence = marker == 0 || words[marker - 1].last.map { ".!?”’\"".contains($0) } ?? false
            || words[marker].hasPrefix("(")
        return closesSentence && !credit.isEmpty && credit.count <= 6 && !credit.contains { $0.utf8.contains(0x2E) }
    }

    private static let copyrightSigns: [[UInt8]] = [Array("©".utf8), Array("Ⓒ".utf8)]
    /// The bytes every caption marker (`Beeld`, `Foto:`, `(Foto`, `(Beeld`) contains.
    private static let creditMarkers: [[UInt8]] = [Array("Beeld".utf8), Array("Foto".utf8)]

    /// Whether one of `needles` occurs in `bytes`.
    private static func contains(_ needles: [[UInt8]], in bytes: Substring.UTF8View) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for needle in needles {
                let first = needle[0], length = needle.count
                var start = 0
                while start + length <= bytes.count {
                    if bytes[start] == first && bytes[start..<start + length].elementsEqual(needle) { return true }
                    start += 1
                }
            }
            return false
        }
        return bytes.withContiguousStorageIfAvailable(search) ?? Array(bytes).withUnsafeBufferPointer(search)
    }

    /// Picture agencies whose name alone, as a paragraph, is a photo credit.
    static let agencies: Set<String> = ["ANP", "AP", "AFP", "EPA", "Reuters", "REUTERS", "Getty Images", "Hollandse Hoogte", "Belga", "BELGA"]

    static func isHeading(_ text: Substring) -> Bool {
        guard text.utf8.count <= 120, !text.utf8.contains(0x0A), let last = text.last else { return false }
        let words = text.split(separator: " ").count
        return words <= headingMaximumWords && !".:;,!?”’\"»".contains(last)
    }

    private static func isHeadline(firstLineOf block: Range<Int>, in text: String) -> Bool {
        let line = text.utf8Slice(firstLineRange(of: block, in: text))
        guard line.utf8.count <= 200, let last = line.last else { return false }
        return line.split(separator: " ").count <= headlineMaximumWords && !".:;,".contains(last)
    }

    /// Ranges of text between blank lines, trimmed of surrounding white space.
    private static func blockRanges(in text: String, from start: Int) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { utf8 in
            guard start <= utf8.count else { return [] }
            var ranges: [Range<Int>] = []
            var blockStart = start
            var lineStart = start
            var lineIsBlank = true
            func closeBlock(at end: Int) {
                guard blockStart < end else { return }
                let block = trimmed(blockStart..<end, in: utf8)
                if !block.isEmpty { ranges.append(block) }
            }
            for index in start..<utf8.count {
                let byte = utf8[index]
                if byte == 0x0A {
                    if lineIsBlank { closeBlock(at: lineStart); blockStart = index + 1 }
                    lineStart = index + 1
                    lineIsBlank = true
                } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                    lineIsBlank = false
                }
            }
            // The end of the text closes the last line as a newline would.
            if lineIsBlank { closeBlock(at: lineStart); blockStart = utf8.count }
            closeBlock(at: utf8.count)
            return ranges
        }
    }

    private static func firstLineRange(of block: Range<Int>, in text: String) -> Range<Int> {
        let slice = text.utf8Slice(block)
        guard let newline = slice.utf8.firstIndex(of: 0x0A) else { return block }
        let end = block.lowerBound + slice.utf8.distance(from: slice.startIndex, to: newline)
        return trimmed(block.lowerBound..<end, in: text)
    }

    static func trimmed(_ range: Range<Int>, in text: String) -> Range<Int> {
        var text = text
        return text.withUTF8 { trimmed(range, in: $0) }
    }

    private static func trimmed(_ range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isSpace(_ offset: Int) -> Bool {
            let byte = utf8[offset]
            return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        while lower < upper && isSpace(lower) { lower += 1 }
        while upper > lower && isSpace(upper - 1) { upper -= 1 }
        return lower..<upper
    }
}

extension String {
    /// The text between two UTF-8 offsets, krant's positions.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return self[start..<end]
    }
}
