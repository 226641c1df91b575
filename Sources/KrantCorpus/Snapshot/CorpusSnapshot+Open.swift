import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension CorpusSnapshot {
    /// Opens a snapshot made with `gazetteer`; throws, with the reason, if the file is not a usable snapshot.
    public static func open(_ path: String, gazetteer: Gazetteer) throws(SnapshotError) -> Corpus {
        guard let corpus = try openIfSnapshot(path, gazetteer: gazetteer) else {
            throw SnapshotError(path: path, reason: FileManager.default.fileExists(atPath: path)
                ? "it is not a krant index (make one with: krant index --corpus FOLDER --output FILE)"
                : "there is no such file")
        }
        return corpus
    }

    /// Opens the file once: nil when it is not a snapshot at all (a folder, a text file, nothing there), so
    /// the caller loads it as text; a snapshot that cannot be used throws, with the reason and its sources.
    static func openIfSnapshot(_ path: String, gazetteer: Gazetteer) throws(SnapshotError) -> Corpus? {
        let started = ContinuousClock.now
        // Mapped, not read: the pages come straight from the file cache, without zeroing and copying gigabytes.
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size >= magic.count else { return nil }
        let size = Int(status.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw SnapshotError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { munmap(mapping, size) }
        let file = UnsafeRawBufferPointer(start: mapping, count: size)
        guard Array(file[0..<magic.count]) == magic else { return nil }
        madvise(mapping, size, MADV_SEQUENTIAL)
        // The list of sources comes right after the header, in every format version so far.
        var sourceReader = SnapshotReader(file, at: headerSize)
        let sources = file.count >= headerSize ? try? readSources(&sourceReader) : nil
        func refuse(_ reason: String) -> SnapshotError { SnapshotError(path: path, reason: reason, sources: sources ?? []) }
        let opened = Result { () throws(SnapshotError) -> Corpus in
            guard file.count >= headerSize else { throw refuse("it is cut off (the file is incomplete)") }
            var header = SnapshotReader(file, at: magic.count)
            let fields = (0..<5).map { _ in (try? header.integer()) ?? 0 }
            guard fields[0] == version else {
                throw refuse("it was made by another version of krant (index format \(fields[0]); this krant reads format \(version)); make it again with krant index")
            }
            guard fields[1] == file.count - headerSize else { throw refuse("it is cut off (the file is incomplete)") }
            guard Int(bitPattern: UInt(gazetteerFingerprint(gazetteer))) == fields[3] else {
                throw refuse("it was made with other actors (another gazetteer); make it again with the same --actors")
            }
            // The checksum and the sources' fingerprint are worked out on one core while the contents are decoded
            // on the other. Decoding checks every count and range itself, so damaged contents never crash it; its
            // result is kept only if the checksum and the fingerprint agree.
            let mapped = MappedBytes(bytes: file)
            let verdicts = Mutex<(checksum: UInt64, sources: UInt64?)>((0, nil))
            let decoded = Mutex<Result<Corpus, any Error>?>(nil)
            DispatchQueue.concurrentPerform(iterations: 2) { task in
                if task == 0 {
                    var checksum = SnapshotChecksum()
                    checksum.add(UnsafeRawBufferPointer(rebasing: mapped.bytes[headerSize...]))
                    let fingerprint = sources.map(sourceFingerprint)
                    verdicts.withLock { $0 = (checksum.value, fingerprint) }
                } else if sources != nil {
                    let result = Result { () throws -> Corpus in
                        var reader = SnapshotReader(mapped.bytes, at: headerSize)
                        _ = try readSources(&reader)
                        let corpus = try decode(&reader, gazetteer: gazetteer, started: started)
                        guard reader.isAtEnd else { throw SnapshotReader.Damaged() }
                        return corpus
                    }
                    decoded.withLock { $0 = result }
                }
            }
            let (checksum, fingerprint) = verdicts.withLock { $0 }
            guard Int(bitPattern: UInt(checksum)) == fields[2] else { throw refuse("it is damaged (its checksum does not match)") }
            guard let sources, let fingerprint, case .success(let corpus) = decoded.withLock({ $0 }) else {
                throw refuse("it is damaged (its contents do not fit together)")
            }
            guard Int(bitPattern: UInt(fingerprint)) == fields[4] else {
                throw refuse("its articles have changed since it was made (\(sources.joined(separator: ", "))); make it again")
            }
            return corpus
        }
        return try opened.get()
    }

    private static func decode(_ reader: inout SnapshotReader, gazetteer: Gazetteer, started: ContinuousClock.Instant) throws -> Corpus {
        let gazetteerCount = try reader.integer()
        guard gazetteerCount == gazetteer.actors.count else { throw SnapshotReader.Damaged() }
        let actorCount = try reader.count(atMost: 1 << 31)
        var actors: [Actor] = []
        for id in 0..<actorCount {
            let name = try reader.string(), kind = try reader.choice(ActorKind.self), affiliation = try reader.optionalString()
            let guessedKind = try reader.optionalString().map { text throws(SnapshotReader.Damaged) in
                guard let kind = ActorKind(rawValue: text) else { throw SnapshotReader.Damaged() }
                return kind
            }
            var forms: [ActorForm] = []
            for _ in 0..<(try reader.count(atMost: 1 << 20)) {
                forms.append(ActorForm(try reader.string(), kind: try reader.choice(MentionKind.self)))
            }
            // The fingerprint says the gazetteer is the one the file was made with, so its actors are those,
            // with the roles and matching rules the file does not hold.
            actors.append(id < gazetteer.actors.count ? gazetteer.actors[id]
                          : Actor(id: id, name: name, kind: kind, forms: forms, affiliation: affiliation, guessedKind: guessedKind))
        }
        var articles: [Article] = []
        let articleCount = try reader.count(atMost: 1 << 31)
        articles.reserveCapacity(articleCount)
        for number in 0..<articleCount {
            let id = try reader.string(), text = try reader.string(), title = try reader.string()
            let date = try reader.optionalString().map { text throws in try CorpusDate(parsing: text) }
            let provenance = try reader.choice(DateProvenance.self)
            let source = try reader.optionalString(), url = try reader.optionalString()
            let originPath = try reader.string(), originLine = try reader.integer()
            var paragraphs: [Paragraph] = []
            for _ in 0..<(try reader.count(atMost: text.utf8.count + 1)) {
                paragraphs.append(Paragraph(range: try reader.range(within: text.utf8.count), kind: try reader.choice(SegmentKind.self)))
            }
            articles.append(Article(number: number, id: id, text: text, title: title, date: date, dateProvenance: provenance,
                                    source: source, url: url,
                                    origin: SourceLocation(path: originPath, line: originLine < 0 ? nil : originLine),
                                    paragraphs: paragraphs, sentences: try reader.range(within: Int(Int32.max)),
                                    words: try reader.range(within: Int(Int32.max)), mentions: try reader.range(within: Int(Int32.max))))
        }
        let sentenceColumns = try (0..<7).map { _ in try reader.integers(Int32.self) }
        let segments = try reader.integers(UInt8.self)
        let mentionColumns = try (0..<7).map { _ in try reader.integers(Int32.self) }
        let mentionKinds = try reader.integers(UInt8.self)
        let mentionRoleTerms = try reader.integers(Int8.self)
        let index = try decodeIndex(&reader, sentenceStarts: sentenceColumns[3])
        var report = try decodeReport(&reader)

        // Everything points inside what it refers to, or the file is refused.
        let words = index.wordTerms.count
        let sentenceCount = segments.count, mentionCount = mentionKinds.count
        guard sentenceColumns.allSatisfy({ $0.count == sentenceCount }), mentionColumns.allSatisfy({ $0.count == mentionCount }),
              articles.allSatisfy({ $0.sentences.upperBound <= sentenceCount && $0.words.upperBound <= words && $0.mentions.upperBound <= mentionCount })
        else { throw SnapshotReader.Damaged() }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceCount)
        for row in 0..<sentenceCount {
            let article = Int(sentenceColumns[0][row])
            guard article >= 0, article < articles.count, segments[row] < SegmentKind.allCases.count else { throw SnapshotReader.Damaged() }
            let range = try checkedRange(sentenceColumns[1][row], sentenceColumns[2][row], within: articles[article].text.utf8.count)
            sentences.append(Sentence(article: article, range: range, segment: SegmentKind.allCases[Int(segments[row])],
                                      words: try checkedRange(sentenceColumns[3][row], sentenceColumns[4][row], within: words),
                                      mentions: try checkedRange(sentenceColumns[5][row], sentenceColumns[6][row], within: mentionCount)))
        }
        var mentions: [Mention] = []
        mentions.reserveCapacity(mentionCount)
        for row in 0..<mentionCount {
            let actor = Int(mentionColumns[0][row]), article = Int(mentionColumns[1][row]), sentence = Int(mentionColumns[2][row])
            guard actor >= 0, actor < actors.count, article >= 0, article < articles.count, sentence >= 0, sentence < sentenceCount,
                  mentionKinds[row] < MentionKind.allCases.count, mentionRoleTerms.count == mentionCount,
                  mentionRoleTerms[row] < actors[actor].roles.count else { throw SnapshotReader.Damaged() }
            mentions.append(Mention(actor: actor, kind: MentionKind.allCases[Int(mentionKinds[row])], article: article, sentence: sentence,
                                    range: try checkedRange(mentionColumns[3][row], mentionColumns[4][row], within: articles[article].text.utf8.count),
                                    words: try checkedRange(mentionColumns[5][row], mentionColumns[6][row], within: words),
                                    roleTerm: mentionRoleTerms[row] < 0 ? nil : Int(mentionRoleTerms[row])))
        }
        guard index.termArticles.values.allSatisfy({ $0 >= 0 && Int($0) < articles.count }),
              index.termWords.values.allSatisfy({ $0 >= 0 && Int($0) < words }),
              index.articlesByDate.allSatisfy({ $0 >= 0 && Int($0) < articles.count }),
              index.actorMentions.count == actors.count, index.actorArticles.count == actors.count, index.actorSentences.count == actors.count,
              index.actorMentions.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < mentionCount } }),
              index.actorArticles.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < articles.count } }),
              index.actorSentences.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < sentenceCount } })
        else { throw SnapshotReader.Damaged() }
        report.phases = [("open the index", ContinuousClock.now - started)]
        // Nothing cancels opening, so the corpus is always made.
        return Corpus(articles: articles, sentences: sentences, mentions: mentions, actors: actors, index: index,
                      report: report, gazetteer: gazetteer)!
    }

    private static func checkedRange(_ lower: Int32, _ upper: Int32, within limit: Int) throws(SnapshotReader.Damaged) -> Range<Int> {
        guard lower >= 0, lower <= upper, Int(upper) <= limit else { throw SnapshotReader.Damaged() }
        return Int(lower)..<Int(upper)
    }

    private static func decodeIndex(_ reader: inout SnapshotReader, sentenceStarts: [Int32]) throws -> CorpusIndex {
        var terms: [String] = []
        let termCount = try reader.count(atMost: 1 << 31)
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount { terms.append(try reader.string()) }
        let isTerm = { (term: Int32) in term >= 0 && Int(term) < termCount }
        let termsInOrder = try reader.integers(Int32.self)
        var stemTerms: [String: [Int32]] = [:]
        for _ in 0..<(try reader.count(atMost: termCount)) {
            let stem = try reader.string()
            stemTerms[stem] = try reader.integers(Int32.self)
        }
        var lists: [PostingLists] = []
        for _ in 0..<2 {
            let starts = try reader.integers(Int64.self).map(Int.init)
            let values = try reader.integers(Int32.self)
            guard starts.count == termCount + 1, starts.first == 0, starts.last == values.count,
                  zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw SnapshotReader.Damaged() }
            lists.append(PostingLists(starts: starts, values: values))
        }
        let termCounts = try reader.integers(Int32.self)
        let wordTerms = try reader.integers(Int32.self)
        let extraWords = try reader.integers(Int32.self), extraCounts = try reader.integers(Int32.self)
        let extraTerms = try reader.integers(Int32.self)
        guard extraCounts.count == extraWords.count, extraCounts.reduce(0, { $0 + Int($1) }) == extraTerms.count,
              extraCounts.allSatisfy({ $0 >= 0 }), extraTerms.allSatisfy(isTerm) else { throw SnapshotReader.Damaged() }
        var wordExtraTerms: [Int32: [Int32]] = [:]
        var next = 0
        for (word, count) in zip(extraWords, extraCounts) {
            wordExtraTerms[word] = Array(extraTerms[next..<(next + Int(count))])
            next += Int(count)
        }
        var actorLists: [[[Int32]]] = []
        for _ in 0..<3 {
            let counts = try reader.integers(Int32.self), values = try reader.integers(Int32.self)
            guard counts.allSatisfy({ $0 >= 0 }), counts.reduce(0, { $0 + Int($1) }) == values.count else { throw SnapshotReader.Damaged() }
            var start = 0
            actorLists.append(counts.map { count in
                defer { start += Int(count) }
                return Array(values[start..<(start + Int(count))])
            })
        }
        let articlesByDate = try reader.integers(Int32.self)
        guard termsInOrder.count == termCount, termsInOrder.allSatisfy(isTerm), termCounts.count == termCount,
              wordTerms.allSatisfy(isTerm), sentenceStarts.first.map({ $0 == 0 }) ?? true,
              zip(sentenceStarts, sentenceStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              stemTerms.values.allSatisfy({ $0.allSatisfy(isTerm) }) else { throw SnapshotReader.Damaged() }
        // Nothing cancels opening, so the numbering is always there.
        return CorpusIndex(termIDs: CorpusIndex.numbering(terms)!, terms: terms, termsInOrder: termsInOrder, stemTerms: stemTerms, termWords: lists[0],
                           termArticles: lists[1], termCounts: termCounts, wordTerms: wordTerms, sentenceStarts: sentenceStarts,
                           wordExtraTerms: wordExtraTerms, actorMentions: actorLists[0], actorArticles: actorLists[1],
                           actorSentences: actorLists[2], articlesByDate: articlesByDate)
    }

    private static func decodeReport(_ reader: inout SnapshotReader) throws -> LoadReport {
        var report = LoadReport()
        report.inputs = try reader.integer()
        report.loaded = try reader.integer()
        for _ in 0..<(try reader.count(atMost: 1 << 31)) {
            let path = try reader.string(), line = try reader.integer()
            let severity: LoadReport.Issue.Severity = try reader.integer() == 0 ? .skipped : .warning
            report.issues.append(.init(location: SourceLocation(path: path, line: line < 0 ? nil : line), severity: severity,
                                       message: try reader.string()))
        }
        return report
    }
}

/// The read-only mapping of a snapshot, shared by the two threads that read it while `open` waits for both.
private struct MappedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}
