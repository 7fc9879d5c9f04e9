import Foundation
import Testing

@testable import WinnowCore

@Suite("PublishedDate")
struct PublishedDateTests {
    /// Seconds since 1970 computed by Foundation's Gregorian calendar in UTC:
    /// an independent reference for the parser's arithmetic.
    private static func reference(
        _ year: Int,
        _ month: Int,
        _ day: Int,
        _ hour: Int = 0,
        _ minute: Int = 0,
        _ second: Int = 0
    ) -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.gmt
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // distantPast fails every comparison, should the date not exist.
        return (calendar.date(from: components) ?? .distantPast).timeIntervalSince1970
    }

    @Test(arguments: [
        ("2026-03-14", reference(2026, 3, 14)),
        ("2026-03-14T08:30", reference(2026, 3, 14, 8, 30)),
        ("2026-03-14T08:30:00", reference(2026, 3, 14, 8, 30)),
        ("2026-03-14T08:30:15Z", reference(2026, 3, 14, 8, 30, 15)),
        ("2026-03-14 08:30:15", reference(2026, 3, 14, 8, 30, 15)),
        ("2026-03-14t08:30:15z", reference(2026, 3, 14, 8, 30, 15)),
        ("2026-03-14T08:30:15+02:00", reference(2026, 3, 14, 6, 30, 15)),
        ("2026-03-14T08:30:15-05:30", reference(2026, 3, 14, 14, 0, 15)),
        ("2026-03-14T08:30:15+0100", reference(2026, 3, 14, 7, 30, 15)),
        ("2026-03-14T08:30+01:00", reference(2026, 3, 14, 7, 30)),
        ("2026-03-14T00:30:00+01:00", reference(2026, 3, 13, 23, 30)),
        ("2026-12-31T23:30:00-01:00", reference(2027, 1, 1, 0, 30)),
        ("1970-01-01", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2024-02-29", reference(2024, 2, 29)),
        ("2000-02-29T12:00:00Z", reference(2000, 2, 29, 12)),
        ("1600-02-29", reference(1600, 2, 29)),
        ("2026-04-30", reference(2026, 4, 30)),
        ("2038-01-19T03:14:08Z", 2_147_483_648),
    ])
    func acceptedFormsGiveSecondsSince1970(literal: String, seconds: Double) throws {
        let date = try #require(PublishedDate(literal))
        #expect(date.secondsSince1970 == seconds)
        #expect(date.literal == literal)
        #expect(date.description == literal)
    }

    @Test func fractionalSecondsAreAdded() throws {
        let base = Self.reference(2026, 3, 14, 8, 30, 15)
        let dotted = try #require(PublishedDate("2026-03-14T08:30:15.250Z"))
        let comma = try #require(PublishedDate("2026-03-14T08:30:15,5"))
        let fine = try #require(PublishedDate("2026-03-14T08:30:15.123456+00:00"))
        #expect(abs(dotted.secondsSince1970 - (base + 0.25)) < 1e-6)
        #expect(abs(comma.secondsSince1970 - (base + 0.5)) < 1e-6)
        #expect(abs(fine.secondsSince1970 - (base + 0.123456)) < 1e-6)
    }

    @Test func aLeapSecondIsAccepted() throws {
        let date = try #require(PublishedDate("2016-12-31T23:59:60Z"))
        #expect(date.secondsSince1970 == Self.reference(2017, 1, 1))
    }

    @Test(arguments: [
        "",
        "2026",
        "2026-03",
        "2026-3-14",
        "2026-03-4",
        "26-03-14",
        "2026/03/14",
        "14.03.2026",
        "March 14, 2026",
        "2026-02-29",
        "2026-02-30",
        "2024-02-30",
        "1900-02-29",
        "2100-02-29",
        "2026-04-31",
        "2026-06-31",
        "2026-13-01",
        "2026-00-10",
        "2026-03-00",
        "2026-03-32",
        "2026-03-14T",
        "2026-03-14T08",
        "2026-03-14T8:30",
        "2026-03-14T24:00",
        "2026-03-14T08:60",
        "2026-03-14T08:30:61",
        "2026-03-14T08:30:5",
        "2026-03-14T08:30:00.",
        "2026-03-14T08:30:00.Z",
        "2026-03-14T08:30:00+2",
        "2026-03-14T08:30:00+02",
        "2026-03-14T08:30:00+02:0",
        "2026-03-14T08:30:00+24:00",
        "2026-03-14T08:30:00+02:60",
        "2026-03-14T08:30:00 +02:00",
        "2026-03-14T08:30:00Z ",
        "2026-03-14T08:30:00ZZ",
        "2026-03-14T08:30:00+02:00 ",
        "2026-03-14X08:30",
        "2026-03-14 ",
        " 2026-03-14",
        "2026-03-14junk",
        "２０２６-03-14",
    ])
    func malformedDatesAreRejected(literal: String) {
        #expect(PublishedDate(literal) == nil)
    }

    @Test func offsetsDescribingTheSameInstantCompareAsNeitherEarlierNorLater() throws {
        let withOffset = try #require(PublishedDate("2026-03-14T10:00:00+02:00"))
        let utc = try #require(PublishedDate("2026-03-14T08:00:00Z"))
        let westward = try #require(PublishedDate("2026-03-14T03:00:00-05:00"))
        #expect(withOffset.secondsSince1970 == utc.secondsSince1970)
        #expect(westward.secondsSince1970 == utc.secondsSince1970)
        // The same instant is the same date, however it is written.
        #expect(withOffset == utc)
        #expect(Set([withOffset, utc, westward]).count == 1)
        #expect(!(withOffset < utc) && !(utc < withOffset))
        #expect(!(withOffset < utc))
        #expect(!(utc < withOffset))
        #expect(!(westward < withOffset))
        #expect(withOffset <= utc && utc <= withOffset)
    }

    @Test func datesOrderByInstantNotByText() throws {
        let literals = [
            "2026-03-14T09:00:00+05:00",  // 04:00Z
            "2026-03-14",  // 00:00Z
            "2026-03-13T23:00:00-02:00",  // 01:00Z on the 14th
            "2026-03-14T03:59:59Z",
            "2025-12-31T23:59:59Z",
        ]
        let sorted = try literals.map { try #require(PublishedDate($0)) }.sorted().map(\.literal)
        #expect(
            sorted == [
                "2025-12-31T23:59:59Z",
                "2026-03-14",
                "2026-03-13T23:00:00-02:00",
                "2026-03-14T03:59:59Z",
                "2026-03-14T09:00:00+05:00",
            ]
        )
    }

    @Test func theSameLiteralGivesEqualDates() {
        #expect(PublishedDate("2026-03-14T08:30:00Z") == PublishedDate("2026-03-14T08:30:00Z"))
        #expect(PublishedDate("2026-03-14") != PublishedDate("2026-03-15"))
    }

    @Test func expectedFormNamesExamples() {
        #expect(PublishedDate.expectedForm == "an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z")
    }
}
