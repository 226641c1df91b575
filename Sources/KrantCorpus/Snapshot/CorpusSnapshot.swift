import Foundation

/// A loaded, annotated and indexed corpus saved as one binary file, opened many times faster than the text
/// it came from is loaded:
///
///     try CorpusSnapshot.write(corpus, sources: ["samples/corpus"], to: "news.krantindex")
///     let corpus = try CorpusSnapshot.open("news.krantindex", gazetteer: .standard)
///
/// The file starts with a header: a magic string, the format version, the length and checksum of the rest,
/// and fingerprints of the gazetteer and of the source files (their paths, sizes and modification times).
/// Opening refuses a foreign, truncated or damaged file, one from another format version, and a stale one
/// (made with another gazetteer, or whose sources changed since).
public enum CorpusSnapshot {
    static let magic = Array("KRANTIDX".utf8)
    /// Raised whenever what is stored, or how, changes; 3 added timestamp and dateline provenances and byline
    /// segments, and splits sentences at list items and opening quotes.
    static let version = 4
    static let headerSize = magic.count + 8 * 5

    /// The version of what krant stores about a corpus, recorded by exports too, so a reader can tell a corpus
    /// annotated by another krant.
    public static var formatVersion: Int { version }

    /// A checksum of the gazetteer's actors, forms and roles: two corpora with the same one were annotated alike.
    public static func fingerprint(of gazetteer: Gazetteer) -> UInt64 { gazetteerFingerprint(gazetteer) }

    /// Whether the file at `path` starts like a snapshot (so `--corpus FILE` knows which it has).
    public static func isSnapshot(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path), let start = try? handle.read(upToCount: magic.count) else { return false }
        return Array(start) == magic
    }

    /// The source paths a snapshot was made from, if its header can be read; for loading from text instead.
    public static func sources(of path: String) -> [String]? {
        // The list comes right after the header; the rest of a large file is not read.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: 1 << 20) else { return nil }
        return data.withUnsafeBytes { bytes -> [String]? in
            guard bytes.count >= headerSize, Array(bytes[0..<magic.count]) == magic else { return nil }
            var reader = SnapshotReader(bytes, at: headerSize)
            return try? readSources(&reader)
        }
    }

    // MARK: Writing

    /// Writes the corpus to `path`, replacing the file there only once the new one is complete; when
    /// `isCancelled` answers true the writing stops and nothing is left behind.
    public static func write(_ corpus: Corpus, sources: [String], to path: String,
                             isCancelled: (@Sendable () -> Bool)? = nil) throws(SnapshotError) {
        try write(corpus, sources: sources, to: path, flushSize: 1 << 22, isCancelled: isCancelled)
    }

    /// `flushSize` small makes tests write in many pieces, as a large corpus does.
    static func write(_ corpus: Corpus, sources: [String], to path: String, flushSize: Int,
                      isCancelled: (@Sendable () -> Bool)? = nil) throws(SnapshotError) {
        // Absolute, so the snapshot finds its sources from any working directory.
        let sources = sources.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let writer = try SnapshotWriter(path: path, header: headerSize, flushSize: flushSize, isCancelled: isCancelled)
        writer.integer(sources.count)
        for source in sources { writer.string(source) }
        try encode(corpus, into: writer, path: path)
        try writer.flush()
        var header = magic
        for value in [version, writer.written - headerSize, Int(bitPattern: UInt(writer.checksum.value)),
                      Int(bitPattern: UInt(gazetteerFingerprint(corpus.gazetteer))),
                      Int(bitPattern: UInt(sourceFingerprint(sources)))] {
            withUnsafeBytes(of: Int64(value).littleEndian) { header += $0 }
        }
        try writer.writeHeader(header)
        try writer.commit()
    }

    private static func encode(_ corpus: Corpus, into writer: SnapshotWriter, path: String) throws(SnapshotError) {
        func int32s(_ values: [Int]) throws(SnapshotError) -> [Int32] {
            var result: [Int32] = []
            result.reserveCapacity(values.count)
            for value in values {
                guard let small = Int32(exactly: value) else { throw SnapshotError(path: path, reason: "the corpus is too large for this index format") }
                result.append(small)
            }
            return result
        }
        writer.integer(corpus.gazetteer.actors.count)
        writer.integer(corpus.actors.count)
        for actor in corpus.actors {
            writer.string(actor.name)
            writer.choice(actor.kind)
            writer.optionalString(actor.affiliation)
            writer.optionalString(actor.guessedKind?.rawValue)
            writer.integer(actor.forms.count)
            for form in actor.forms {
                writer.string(form.text)
                writer.choice(form.kind)
            }
        }
        try writer.flushIfLarge()
        writer.integer(corpus.articles.count)
        for article in corpus.articles {
            writer.string(article.id)
            writer.string(article.text)
            writer.string(article.title)
            writer.optionalString(article.date?.description)
            writer.choice(article.dateProvenance)
            writer.optionalString(article.source)
            writer.optionalString(article.url)
            writer.string(article.origin.path)
            writer.integer(article.origin.line ?? -1)
            writer.integer(article.paragraphs.count)
            for paragraph in article.paragraphs {
                writer.range(paragraph.range)
                writer.choice(paragraph.kind)
            }
            writer.range(article.sentences)
            writer.range(article.words)
            writer.range(article.mentions)
            try writer.flushIfLarge()
        }
        let sentences = corpus.sentences
        for column in [sentences.map(\.article), sentences.map(\.range.lowerBound), sentences.map(\.range.upperBound),
                       sentences.map(\.words.lowerBound), sentences.map(\.words.upperBound),
                       sentences.map(\.mentions.lowerBound), sentences.map(\.mentions.upperBound)] {
            writer.integers(try int32s(column))
            try writer.flushIfLarge()
        }
        writer.integers(sentences.map { UInt8(SegmentKind.allCases.firstIndex(of: $0.segment)!) })
        let mentions = corpus.mentions
        for column in [mentions.map(\.actor), mentions.map(\.article), mentions.map(\.sentence),
                       mentions.map(\.range.lowerBound), mentions.map(\.range.upperBound),
                       mentions.map(\.words.lowerBound), mentions.map(\.words.upperBound)] {
            writer.integers(try int32s(column))
            try writer.flushIfLarge()
        }
        writer.integers(mentions.map { UInt8(MentionKind.allCases.firstIndex(of: $0.kind)!) })
        writer.integers(mentions.map { Int8($0.roleTerm ?? -1) })
        try encode(corpus.index, into: writer)
        encode(corpus.report, into: writer)
    }

    private static func encode(_ index: CorpusIndex, into writer: SnapshotWriter) throws(SnapshotError) {
        writer.integer(index.terms.count)
        for term in index.terms { writer.string(term) }
        try writer.flushIfLarge()
        writer.integers(index.termsInOrder)
        let stems = index.stemTerms.keys.sorted()
        writer.integer(stems.count)
        for stem in stems {
            writer.string(stem)
            writer.integers(index.stemTerms[stem]!)
        }
        for lists in [index.termWords, index.termArticles] {
            writer.integers(lists.starts.map(Int64.init))
            writer.integers(lists.values)
            try writer.flushIfLarge()
        }
        writer.integers(index.termCounts)
        writer.integers(index.wordTerms)
        try writer.flushIfLarge()
        try writer.flushIfLarge()
        let extra = index.wordExtraTerms.keys.sorted()
        writer.integers(extra)
        writer.integers(extra.map { Int32(index.wordExtraTerms[$0]!.count) })
        writer.integers(extra.flatMap { index.wordExtraTerms[$0]! })
        for lists in [index.actorMentions, index.actorArticles, index.actorSentences] {
            writer.integers(lists.map { Int32($0.count) })
            writer.integers(lists.flatMap { $0 })
            try writer.flushIfLarge()
        }
        writer.integers(index.articlesByDate)
    }

    private static func encode(_ report: LoadReport, into writer: SnapshotWriter) {
        writer.integer(report.inputs)
        writer.integer(report.loaded)
        writer.integer(report.issues.count)
        for issue in report.issues {
            writer.string(issue.location.path)
            writer.integer(issue.location.line ?? -1)
            writer.integer(issue.severity == .skipped ? 0 : 1)
            writer.string(issue.message)
        }
    }

    // MARK: Fingerprints

    static func gazetteerFingerprint(_ gazetteer: Gazetteer) -> UInt64 {
        var text = ""
        for actor in gazetteer.actors {
            text += "\(actor.name)\u{1}\(actor.kind.rawValue)\u{1}\(actor.affiliation ?? "")\u{1}"
            for form in actor.forms { text += "\(form.text)\u{2}\(form.kind.rawValue)\u{2}\(form.isCaseSensitive)\(form.isAmbiguous)\u{2}" }
            for term in actor.roles { text += "\(term)\u{3}" }
            text += "\n"
        }
        for role in gazetteer.roles { text += "\(role.id)\u{1}\(role.forms.joined(separator: "\u{2}"))\u{1}\(role.isShared)\n" }
        var checksum = SnapshotChecksum()
        Array(text.utf8).withUnsafeBytes { checksum.add($0) }
        return checksum.value
    }

    /// Paths, sizes and modification times of every file under the sources, as the loader would find them.
    static func sourceFingerprint(_ sources: [String]) -> UInt64 {
        var entries: [String] = []
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
                entries.append("\(source) missing")
                continue
            }
            let files = isDirectory.boolValue
                ? (FileManager.default.enumerator(atPath: source)?.compactMap { $0 as? String }.map { source + "/" + $0 } ?? [])
                : [source]
            for file in files {
                var status = stat()
                guard stat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
                entries.append("\(file) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)")
            }
        }
        var checksum = SnapshotChecksum()
        Array(entries.sorted().joined(separator: "\n").utf8).withUnsafeBytes { checksum.add($0) }
        return checksum.value
    }

    static func readSources(_ reader: inout SnapshotReader) throws(SnapshotReader.Damaged) -> [String] {
        let count = try reader.count(atMost: 1 << 20)
        var sources: [String] = []
        for _ in 0..<count { sources.append(try reader.string()) }
        return sources
    }
}
