import Foundation

extension Corpus {
    /// Opens what a researcher names as a corpus: an index made by `krant index` (a single path), or folders
    /// and files of articles, loaded from text. An index that cannot be used (damaged, stale, from another
    /// version) is reported in `OpenedCorpus.refusedIndex`, and its articles are loaded from text instead when
    /// the files it was made from are still there; `refused` hears of it before that loading starts. The shell
    /// and embedders share this one policy.
    ///
    ///     let opened = try Corpus.open(["kranten.krantindex"])
    ///     if let refusal = opened.refusedIndex { print("warning: \(refusal)") }
    ///     let corpus = opened.corpus
    public static func open(_ paths: [String], gazetteer: Gazetteer = .standard,
                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                            isCancelled: (@Sendable () -> Bool)? = nil,
                            refused: ((SnapshotError) -> Void)? = nil) throws(CorpusOpenError) -> OpenedCorpus {
        var textPaths = paths
        var refusedIndex: SnapshotError?
        if paths.count == 1 {
            do {
                if let corpus = try CorpusSnapshot.openIfSnapshot(paths[0], gazetteer: gazetteer) {
                    return OpenedCorpus(corpus: corpus, origin: .index(paths[0]), refusedIndex: nil)
                }
            } catch {
                guard !error.sources.isEmpty, error.sources.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
                    throw .unusableIndex(error)
                }
                refusedIndex = error
                refused?(error)
                textPaths = error.sources
            }
        } else if let index = paths.first(where: CorpusSnapshot.isSnapshot) {
            throw .indexAmongOtherPaths(index)
        }
        do {
            let corpus = try load(textPaths, gazetteer: gazetteer, progress: progress, isCancelled: isCancelled)
            return OpenedCorpus(corpus: corpus, origin: .text(textPaths), refusedIndex: refusedIndex)
        } catch {
            throw .load(error, refusedIndex: refusedIndex)
        }
    }
}

/// A corpus as `Corpus.open` found it.
public struct OpenedCorpus: Sendable {
    /// Where the articles came from.
    public enum Origin: Sendable, Equatable {
        /// An index made by `krant index`.
        case index(String)
        /// Folders and files of articles, read and annotated now.
        case text([String])
    }

    public let corpus: Corpus
    public let origin: Origin
    /// The index that was named but could not be used, with the reason; the corpus then comes from the text
    /// files the index was made from.
    public let refusedIndex: SnapshotError?
}

/// Why `Corpus.open` found no corpus; each reads as a message for a researcher.
public enum CorpusOpenError: Error, Sendable, CustomStringConvertible {
    /// An index cannot be used, and the text it was made from is not there to load instead.
    case unusableIndex(SnapshotError)
    /// An index is opened on its own, not together with other paths.
    case indexAmongOtherPaths(String)
    /// Loading from text failed or was interrupted; after a refused index when there was one.
    case load(CorpusLoadError, refusedIndex: SnapshotError?)

    /// Whether Ctrl-C stopped the loading.
    public var wasInterrupted: Bool {
        if case .load(let error, _) = self { error.wasInterrupted } else { false }
    }

    public var description: String {
        switch self {
        case .unusableIndex(let error): error.description
        case .indexAmongOtherPaths(let path): "the index '\(path)' is opened on its own, not together with other --corpus paths"
        case .load(let error, _): error.description
        }
    }
}
