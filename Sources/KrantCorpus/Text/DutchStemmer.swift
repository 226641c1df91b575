import CStemmer
import Synchronization

/// Dutch Snowball stems through libstemmer: `kernwapens` and `kernwapen` both stem to `kernwapen`.
///
/// A libstemmer stemmer keeps state between calls, so an instance is used under a lock; loading gives each
/// thread its own.
public final class DutchStemmer: Sendable {
    /// The stemmer every index and query uses.
    public static let shared = DutchStemmer()

    private let stemmer: Mutex<StemmerHandle>

    init() {
        stemmer = Mutex(StemmerHandle(pointer: sb_stemmer_new("dutch", "UTF_8")))
    }

    deinit {
        stemmer.withLock { handle in if let pointer = handle.pointer { sb_stemmer_delete(pointer) } }
    }

    /// The stem of a folded word; the word itself if libstemmer cannot stem it.
    public func stem(_ word: String) -> String {
        stemmer.withLock { handle in
            guard let pointer = handle.pointer else { return word }
            let bytes = Array(word.utf8)
            guard let result = sb_stemmer_stem(pointer, bytes, Int32(bytes.count)) else { return word }
            let length = Int(sb_stemmer_length(pointer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}

/// The C stemmer, used only inside the lock above.
private struct StemmerHandle: @unchecked Sendable {
    let pointer: OpaquePointer?
}
