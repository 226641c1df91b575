import PostgresNIO

/// Rows in `COPY … FROM STDIN` text format, sent to the server in chunks of about a megabyte.
///
/// In text format a backslash, tab, newline and carriage return inside a value are escaped, and `\N` is NULL;
/// nothing else is interpreted, so any text goes in as it is.
struct CopyRowWriter {
    private let writer: PostgresCopyFromWriter
    private var buffer = ByteBuffer()
    private var fieldsInRow = 0
    private static let chunkSize = 1 << 20

    init(_ writer: PostgresCopyFromWriter) {
        self.writer = writer
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    mutating func text(_ value: some StringProtocol) {
        separate()
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    mutating func optionalText(_ value: (some StringProtocol)?) {
        if let value { text(value) } else { null() }
    }

    mutating func integer(_ value: Int) {
        separate()
        buffer.writeString(String(value))
    }

    mutating func optionalInteger(_ value: Int?) {
        if let value { integer(value) } else { null() }
    }

    mutating func boolean(_ value: Bool) {
        separate()
        buffer.writeStaticString(value ? "t" : "f")
    }

    mutating func null() {
        separate()
        buffer.writeStaticString("\\N")
    }

    /// Ends a row, sending what has gathered once it is large enough.
    mutating func endRow() async throws {
        buffer.writeInteger(UInt8(ascii: "\n"))
        fieldsInRow = 0
        if buffer.readableBytes >= Self.chunkSize { try await flush() }
    }

    mutating func flush() async throws {
        guard buffer.readableBytes > 0 else { return }
        try await writer.write(buffer)
        buffer.clear()
    }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }
}
