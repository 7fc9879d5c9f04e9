/// A publication time as given in the input (ISO 8601), kept verbatim for
/// output and as seconds since 1970 for comparing.
///
/// Accepted forms: `2026-03-14`, `2026-03-14T08:30`, `2026-03-14T08:30:00`,
/// with optional fractional seconds and a `Z` or `±hh:mm` offset (a space
/// may stand for the `T`). Times without an offset are read as UTC.
public struct PublishedDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text exactly as the input gave it.
    public let literal: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Double

    /// Parses `literal`; returns nil when it is not an ISO 8601 date.
    public init?(_ literal: String) {
        guard let seconds = Self.parse(Array(literal.utf8)) else { return nil }
        self.literal = literal
        self.secondsSince1970 = seconds
    }

    public var description: String { literal }

    /// Two dates are equal when they are the same instant, however written.
    public static func == (lhs: PublishedDate, rhs: PublishedDate) -> Bool {
        lhs.secondsSince1970 == rhs.secondsSince1970
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSince1970)
    }

    public static func < (lhs: PublishedDate, rhs: PublishedDate) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The expected shape, for error messages.
    public static let expectedForm = "an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z"

    private static func parse(_ bytes: [UInt8]) -> Double? {
        var cursor = 0
        func number(digits: Int) -> Int? {
            guard cursor + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[cursor..<cursor + digits] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            cursor += digits
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard cursor < bytes.count, bytes[cursor] == character.asciiValue else { return false }
            cursor += 1
            return true
        }
        guard let year = number(digits: 4), expect("-"), let month = number(digits: 2), expect("-"),
            let day = number(digits: 2), (1...12).contains(month), day >= 1,
            day <= daysInMonth(month, year: year)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        guard cursor < bytes.count else { return seconds }
        guard expect("T") || expect(" ") || expect("t"),
            let hour = number(digits: 2), expect(":"), let minute = number(digits: 2),
            hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if expect(":") {
            guard let second = number(digits: 2), second <= 60 else { return nil }
            seconds += Double(second)
            if expect(".") || expect(",") {
                let start = cursor
                var fraction = 0.0
                var scale = 0.1
                while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                    fraction += Double(bytes[cursor] - 0x30) * scale
                    scale /= 10
                    cursor += 1
                }
                guard cursor > start else { return nil }
                seconds += fraction
            }
        }
        if cursor == bytes.count { return seconds }
        if expect("Z") || expect("z") { return cursor == bytes.count ? seconds : nil }
        let sign: Double
        if expect("+") {
            sign = 1
        } else if expect("-") {
            sign = -1
        } else {
            return nil
        }
        guard let offsetHours = number(digits: 2), offsetHours < 24 else { return nil }
        _ = expect(":")
        guard let offsetMinutes = number(digits: 2), offsetMinutes < 60, cursor == bytes.count else {
            return nil
        }
        return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    }

    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar
    /// (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
