/// Dates coded as integers, equal exactly when the dates are equal, so `count by month` counts integers
/// instead of hashing values: the year, then 4 bits of month and 5 of day (0 where not known); -1 for no date.
public enum DateCode {
    public static func code(_ date: CorpusDate?) -> Int {
        guard let date else { return -1 }
        return date.year << 9 | (date.month ?? 0) << 5 | (date.day ?? 0)
    }

    /// The code of the date cut to a coarser precision, as `CorpusDate.truncated(to:)` cuts it.
    public static func truncate(_ code: Int, to precision: CorpusDate.Precision) -> Int {
        guard code >= 0 else { return code }
        switch precision {
        case .year: return code & ~0x1FF
        case .month: return code & ~0x1F
        case .day: return code
        }
    }

    public static func date(_ code: Int) -> CorpusDate? {
        let month = (code >> 5) & 0xF, day = code & 0x1F
        guard code >= 0 else { return nil }
        return try? CorpusDate(year: code >> 9, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }
}
