/// Decodes unicode scalars from valid UTF-8 bytes, keeping byte offsets, which are krant's positions.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// The scalar at the current offset and its byte length, without moving.
    func peek(at position: Int? = nil) -> (scalar: Unicode.Scalar, length: Int)? {
        let start = position ?? offset
        guard start < bytes.count else { return nil }
        let lead = bytes[start]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard start + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length {
            value = value << 6 | UInt32(bytes[start + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    mutating func skip(_ length: Int) {
        offset += length
    }

    mutating func advance() -> Unicode.Scalar? {
        guard let (scalar, length) = peek() else { return nil }
        offset += length
        return scalar
    }
}
