/// The optional first-line header `date 2022-09` of the seed format, after which the lead follows.
enum DateHeader {
    /// What a file's first line says about its date.
    enum Reading {
        case absent
        case valid(CorpusDate, bodyStart: Int)
        case invalid(String, bodyStart: Int)
    }

    static func read(_ text: String) -> Reading {
        let utf8 = Array(text.utf8.prefix(64))
        var index = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < utf8.count, [0x20, 0x09, 0x0D, 0x0A].contains(utf8[index]) { index += 1 }
        guard utf8[index...].starts(with: Array("date".utf8)) else { return .absent }
        let afterWord = index + 4
        guard afterWord == utf8.count || utf8[afterWord] == 0x20 || utf8[afterWord] == 0x09 || utf8[afterWord] == 0x0A
        else { return .absent }
        var valueStart = afterWord
        while valueStart < utf8.count, utf8[valueStart] == 0x20 || utf8[valueStart] == 0x09 { valueStart += 1 }
        var valueEnd = valueStart
        while valueEnd < utf8.count, utf8[valueEnd] != 0x20, utf8[valueEnd] != 0x09, utf8[valueEnd] != 0x0A,
              utf8[valueEnd] != 0x0D { valueEnd += 1 }
        let value = String(decoding: utf8[valueStart..<valueEnd], as: UTF8.self)
        guard !value.isEmpty else { return .invalid("the date header has no date after 'date'", bodyStart: valueEnd) }
        guard value.first!.isASCIIDigit else { return .absent }
        do {
            return .valid(try CorpusDate(parsing: value), bodyStart: valueEnd)
        } catch {
            return .invalid("the date header '\(value)' is not a valid date: \(error)", bodyStart: valueEnd)
        }
    }
}
