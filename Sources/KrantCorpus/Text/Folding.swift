import Foundation

/// Case and diacritic folding used for every match in krant: `Oekraïne` → `oekraine`, `NAVO` → `navo`.
///
/// Works scalar by scalar with an ASCII fast path; the non-ASCII Latin range is folded through a table built
/// once, so the hot path never calls into Foundation.
public enum Folding {
    /// The folded form of `text`: lowercase, without diacritics, typographic apostrophes made plain.
    ///
    ///     Folding.fold("Oekraïne") == "oekraine"
    public static func fold(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded UTF-8 of one scalar.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        } else if value < UInt32(latinTable.count) {
            bytes.append(contentsOf: latinTable[Int(value)])
        } else if value == 0x2018 || value == 0x2019 || value == 0x02BC {
            bytes.append(0x27)
        } else if scalar.properties.generalCategory == .nonspacingMark {
            // A combining accent written separately (`i` + U+0308) folds away like a precomposed one.
            return
        } else {
            bytes.append(contentsOf: foldSlow(scalar).utf8)
        }
    }

    private static let latinTable: [[UInt8]] = (0..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
        return Array(foldSlow(scalar).utf8)
    }

    private static func foldSlow(_ scalar: Unicode.Scalar) -> String {
        String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
