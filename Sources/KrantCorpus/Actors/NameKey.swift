/// The key under which spellings of one name found in the text are merged: `Loekasjenko`, `Lukashenko` and
/// `Loekashenko` all give `lukashenko`; `Zelensky`, `Zelenski`, `Zelenskyy` and `Zelenskij` give `zelenski`.
///
/// The rule, applied to the folded name (lowercase, diacritics removed) in this order:
///
/// 1. hyphens and apostrophes are dropped (`Ho-jin`, `Hojin`);
/// 2. `tsj` → `ch` (Dutch for the sound English writes `ch`: `Tsjernenko`, `Chernenko`);
/// 3. `sch` and `sj` → `sh`, `zj` → `zh` (`Loekasjenko`, `Lukashenko`);
/// 4. `kh` and `ch` → `h` (Dutch `ch` is English `kh`: `Tichanovskaja`, `Tikhanovskaya`; with rule 2 Dutch
///    `tsj` and English `ch` meet here too);
/// 5. `oe` → `u` (`Poetin`, `Putin`);
/// 6. `j` and `y` → `i` (`Zelenskij`, `Zelensky`, and Dutch `ij`, which becomes `ii` and then `i`);
/// 7. `ks` → `x`, `ck` → `k`, `w` → `v` (`Aleksej`, `Alexej`; `Wladimir`, `Vladimir`);
/// 8. a letter written twice is written once (`Zelenskyy`, `Assad`, `Asad`).
///
/// Spellings that differ in more than that stay apart: `Tsikhanouskaya` (Belarusian) is not `Tichanovskaja`.
enum NameKey {
    /// The replacements of rules 2 to 7, one group per rule, each group applied in one pass from the left.
    private static let rules: [[(from: [UInt8], to: [UInt8])]] = [
        [("tsj", "ch")],
        [("sch", "sh"), ("sj", "sh"), ("zj", "zh")],
        [("kh", "h"), ("ch", "h")],
        [("oe", "u")],
        [("j", "i"), ("y", "i")],
        [("ks", "x"), ("ck", "k"), ("w", "v")],
    ].map { group in group.map { (Array($0.0.utf8), Array($0.1.utf8)) } }

    /// The key of a name as written, or of one already folded.
    ///
    ///     NameKey.of("Loekasjenko") == NameKey.of("Lukashenko")   // "lukashenko"
    static func of(_ name: some StringProtocol) -> String {
        var bytes = Array(Folding.fold(name).utf8).filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "'") }
        for group in rules {
            bytes = replacing(group, in: bytes)
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        for byte in bytes where byte != collapsed.last || byte == UInt8(ascii: " ") {
            collapsed.append(byte)
        }
        return String(decoding: collapsed, as: UTF8.self)
    }

    private static func replacing(_ group: [(from: [UInt8], to: [UInt8])], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        scan: while position < bytes.count {
            for rule in group where bytes[position...].starts(with: rule.from) {
                result += rule.to
                position += rule.from.count
                continue scan
            }
            result.append(bytes[position])
            position += 1
        }
        return result
    }
}
