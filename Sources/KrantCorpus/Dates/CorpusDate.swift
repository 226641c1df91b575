/// A calendar date at year, month or day precision, read as the interval it covers.
///
/// `2022-09` is the whole of September 2022: `firstDay` is 1 September, `lastDay` 30 September.
public struct CorpusDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of a date is known.
    public enum Precision: String, Sendable, Hashable, CaseIterable, Comparable {
        case year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A validated date; throws when the month or day cannot exist.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(DateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        if let month, !(1...12).contains(month) { throw .monthOutOfRange(month) }
        if let day {
            guard let month else { throw .dayWithoutMonth }
            let length = CivilCalendar.daysInMonth(year: year, month: month)
            guard (1...length).contains(day) else { throw .dayOutOfRange(day, daysInMonth: length) }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    ///     try CorpusDate(parsing: "2022-03").precision == .month
    public init(parsing text: some StringProtocol) throws(DateError) {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        let expectedLengths = [4, 2, 2]
        guard (1...3).contains(fields.count),
              zip(fields, expectedLengths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCIIDigit) })
        else { throw .notADate(String(text)) }
        let numbers = fields.map { Int($0)! }
        try self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                      day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// Days since 1970-01-01 of the first day the date covers.
    public var firstDay: Int32 {
        CivilCalendar.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// Days since 1970-01-01 of the last day the date covers.
    public var lastDay: Int32 {
        let lastMonth = month ?? 12
        return CivilCalendar.dayNumber(year: year, month: lastMonth,
                                       day: day ?? CivilCalendar.daysInMonth(year: year, month: lastMonth))
    }

    /// The same date cut to a coarser precision (`2022-03-15` at month precision is `2022-03`).
    public func truncated(to precision: Precision) -> CorpusDate {
        let kept = min(precision, self.precision)
        // Dropping the day or month of a valid date always leaves a valid date.
        return try! CorpusDate(year: year, month: kept >= .month ? month : nil, day: kept >= .day ? day : nil)
    }

    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    public static func < (lhs: CorpusDate, rhs: CorpusDate) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }
}

/// Why a date could not be made.
public enum DateError: Error, Sendable, Hashable, CustomStringConvertible {
    case notADate(String)
    case yearOutOfRange(Int)
    case monthOutOfRange(Int)
    case dayOutOfRange(Int, daysInMonth: Int)
    case dayWithoutMonth

    public var description: String {
        switch self {
        case .notADate(let text): "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        case .yearOutOfRange(let year): "year \(year) is outside 1 to 9999"
        case .monthOutOfRange(let month): "month \(month) does not exist; months run from 01 to 12"
        case .dayOutOfRange(let day, let length): "day \(day) does not exist in a month of \(length) days"
        case .dayWithoutMonth: "a day needs a month"
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
