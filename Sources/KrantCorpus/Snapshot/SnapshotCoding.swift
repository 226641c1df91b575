#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a snapshot cannot be opened or written; the message is for a researcher, not a programmer.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    /// The text files and folders the index was made from, when its header could still be read: where its
    /// articles can be loaded from instead.
    public let sources: [String]

    public init(path: String, reason: String, sources: [String] = []) {
        self.path = path
        self.reason = reason
        self.sources = sources
    }

    public var description: String { "cannot use the index '\(path)': \(reason)" }
}

/// A 64-bit checksum over 8-byte words: fast enough to check a gigabyte in a fraction of a second, and any
/// truncation or changed byte changes it. It guards against damage, not against forgery. The bytes may come
/// in pieces of any size; the checksum is that of all of them in one piece.
///
/// Word *i* goes to lane *i* mod 4: four independent chains keep the processor busy where one chain of
/// multiplications would make each word wait for the one before.
struct SnapshotChecksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4, 0x9E37_79B9_7F4A_7C15, 0x7F4A_7C15_9E37_79B9)
    /// Whole words taken so far, which decides the lane of the next.
    private var words = 0
    /// Bytes of a word not yet complete, little-endian, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    var value: UInt64 {
        let hash = Self.mix(Self.mix(Self.mix(lanes.0, lanes.1), lanes.2), lanes.3)
        return pendingCount == 0 ? hash : Self.mix(hash, pending ^ UInt64(pendingCount) << 56)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        func word(at offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        while pendingCount != 0, index < bytes.count { take(bytes[index]); index += 1 }
        while words & 3 != 0, bytes.count - index >= 8 { absorb(word(at: index)); index += 8 }
        var (first, second, third, fourth) = lanes
        let blocksStart = index
        while bytes.count - index >= 32 {
            first = Self.mix(first, word(at: index))
            second = Self.mix(second, word(at: index + 8))
            third = Self.mix(third, word(at: index + 16))
            fourth = Self.mix(fourth, word(at: index + 24))
            index += 32
        }
        lanes = (first, second, third, fourth)
        words += (index - blocksStart) / 8
        while bytes.count - index >= 8 { absorb(word(at: index)); index += 8 }
        while index < bytes.count { take(bytes[index]); index += 1 }
    }

    private mutating func absorb(_ word: UInt64) {
        switch words & 3 {
        case 0: lanes.0 = Self.mix(lanes.0, word)
        case 1: lanes.1 = Self.mix(lanes.1, word)
        case 2: lanes.2 = Self.mix(lanes.2, word)
        default: lanes.3 = Self.mix(lanes.3, word)
        }
        words += 1
    }

    private mutating func take(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            absorb(pending)
            pending = 0
            pendingCount = 0
        }
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x0000_0100_0000_01B3
        return mixed ^ (mixed >> 29)
    }
}

/// Writes values to a file through a buffer, keeping the checksum of everything after the header.
///
/// The bytes go to a temporary file beside the target, which `commit()` renames over it: an interrupted or
/// failed write leaves no partial index behind and an existing one untouched, and a process that has the old
/// file mapped keeps reading it.
final class SnapshotWriter {
    private let descriptor: CInt
    private let path: String
    private let temporaryPath: String
    private var isCommitted = false
    private let isCancelled: (@Sendable () -> Bool)?
    private var buffer: [UInt8] = []
    private(set) var checksum = SnapshotChecksum()
    private(set) var written = 0

    /// Buffered bytes are written out once there are `flushSize` of them.
    private let flushSize: Int

    init(path: String, header: Int, flushSize: Int = 1 << 22, isCancelled: (@Sendable () -> Bool)? = nil) throws(SnapshotError) {
        self.path = path
        self.flushSize = flushSize
        self.isCancelled = isCancelled
        temporaryPath = path + ".partial-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SnapshotError(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(flushSize)
        try flushRaw([UInt8](repeating: 0, count: header))
    }

    deinit {
        close(descriptor)
        if !isCommitted { unlink(temporaryPath) }
    }

    /// Puts the finished file in the target's place.
    func commit() throws(SnapshotError) {
        guard rename(temporaryPath, path) == 0 else { throw SnapshotError(path: path, reason: String(cString: strerror(errno))) }
        isCommitted = true
    }

    func integer(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { buffer.append(contentsOf: $0) } }

    func integers<T: FixedWidthInteger>(_ values: some Collection<T>) {
        integer(values.count)
        let array = Array(values)
        array.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    func string(_ text: String) {
        integer(text.utf8.count)
        buffer.append(contentsOf: text.utf8)
    }

    func optionalString(_ text: String?) {
        integer(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    /// Writes what is buffered once it is large; call `flush()` at the end.
    func flushIfLarge() throws(SnapshotError) {
        if buffer.count >= flushSize { try flush() }
    }

    /// Stops the writing when the caller asked it to (Ctrl-C); the temporary file is removed.
    func checkCancellation() throws(SnapshotError) {
        if isCancelled?() == true { throw SnapshotError(path: path, reason: "writing was interrupted; nothing was written") }
    }

    func flush() throws(SnapshotError) {
        try checkCancellation()
        buffer.withUnsafeBytes { checksum.add($0) }
        try flushRaw(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func flushRaw(_ bytes: [UInt8]) throws(SnapshotError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw SnapshotError(path: path, reason: errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno)))
            }
            offset += count
        }
        written += bytes.count
    }

    /// Puts the header at the start of the file, once everything after it is written.
    func writeHeader(_ header: [UInt8]) throws(SnapshotError) {
        let count = header.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        guard count == header.count, fsync(descriptor) == 0 else {
            throw SnapshotError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// Reads values back from bytes, checking every length against what is left: a damaged file gives an
/// error, never a read out of bounds.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    struct Damaged: Error {}

    var isAtEnd: Bool { position == bytes.count }

    mutating func integer() throws(Damaged) -> Int {
        guard bytes.count - position >= 8 else { throw Damaged() }
        let value = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: Int64.self))
        position += 8
        return Int(value)
    }

    /// A count that must be at most `limit` (what could possibly follow), so a damaged count cannot ask for
    /// terabytes.
    mutating func count(atMost limit: Int) throws(Damaged) -> Int {
        let value = try integer()
        guard value >= 0, value <= limit else { throw Damaged() }
        return value
    }

    mutating func integers<T: FixedWidthInteger>(_: T.Type) throws(Damaged) -> [T] {
        let count = try count(atMost: (bytes.count - position) / MemoryLayout<T>.stride)
        let size = count * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)]))
            initialized = count
        }
        position += size
        return values
    }

    mutating func string() throws(Damaged) -> String {
        let count = try count(atMost: bytes.count - position)
        guard let text = String(validating: bytes[position..<(position + count)], as: UTF8.self) else { throw Damaged() }
        position += count
        return text
    }

    mutating func optionalString() throws(Damaged) -> String? {
        switch try integer() {
        case 0: return nil
        case 1: return try string()
        default: throw Damaged()
        }
    }

    /// A case of a `CaseIterable` enum, stored as its position.
    mutating func choice<T: CaseIterable>(_: T.Type) throws(Damaged) -> T where T.AllCases: RandomAccessCollection {
        let index = try integer()
        let cases = T.allCases
        guard index >= 0, index < cases.count else { throw Damaged() }
        return cases[cases.index(cases.startIndex, offsetBy: index)]
    }

    /// A range `lower..<upper` inside `0...limit`.
    mutating func range(within limit: Int) throws(Damaged) -> Range<Int> {
        let lower = try integer(), upper = try integer()
        guard lower >= 0, lower <= upper, upper <= limit else { throw Damaged() }
        return lower..<upper
    }
}

extension SnapshotWriter {
    func choice<T: CaseIterable & Equatable>(_ value: T) where T.AllCases: RandomAccessCollection {
        integer(T.allCases.distance(from: T.allCases.startIndex, to: T.allCases.firstIndex(of: value)!))
    }

    func range(_ range: Range<Int>) {
        integer(range.lowerBound)
        integer(range.upperBound)
    }
}
