import Foundation
import Testing

@testable import WinnowCore

@Suite("boilerplate learned from the batch")
struct BoilerplateLearningTests {
    /// A JSON Lines feed of invented articles of one source, each with the
    /// site's header and footer lines around its own story.
    private func feed(
        source: String = "ridgeweekly.example",
        count: Int,
        header: [String] = [],
        footer: [String] = [],
        body: (Int) -> [String]
    ) -> String {
        (0..<count).map { number in
            let lines = header + body(number) + footer
            var object = JSONObject()
            object["id"] = .string("\(source)/\(number)")
            object["source"] = .string(source)
            object["text"] = .string(lines.joined(separator: "\n\n"))
            return JSONValue.object(object).serialized()
        }.joined(separator: "\n")
    }

    private static let places = [
        "mill race", "old quarry", "east meadow", "harbour wall", "rail yard", "chapel lane", "fish market",
        "ferry slip", "pine ridge", "salt marsh",
    ]
    private static let works = [
        "footbridge", "cycle lane", "sea wall", "bus shelter", "playground", "library wing", "water main", "car park",
        "fire station", "clinic",
    ]

    /// Two paragraphs of a story of its own for article `number`.
    private func story(_ number: Int) -> [String] {
        let place = Self.places[number % Self.places.count]
        let work = Self.works[number % Self.works.count]
        return [
            "The county board voted on Monday to fund a new \(work) near the \(place), ending a debate that began two winters ago.",
            "Work at the \(place) is expected to start in the spring, and the \(work) should open before the summer, the board's engineer told residents.",
        ]
    }

    private func run(_ text: String, stage: String = #"{"stage": "boilerplate"}"#) async throws -> RunResult {
        let directory = try InputTestDirectory()
        let path = try directory.write("feed.jsonl", text)
        return try await RunResult.run(
            #"{"stages": [{"stage": "html"}, \#(stage), {"stage": "normalize"}]}"#,
            inputs: [.path(path)]
        )
    }

    private func texts(_ result: RunResult) -> [String] {
        result.records.compactMap { $0["text"]?.stringValue }
    }

    @Test func aSourcesHeaderAndFooterLinesAreLearnedAndRemoved() async throws {
        let result = try await run(
            feed(
                count: 6,
                header: ["Ridge Weekly", "From the news desk · 2026-11-0\(3)"],
                footer: ["Seen something we should cover? Write to the desk and tell us what happened."],
                body: story
            )
        )
        defer { result.remove() }
        #expect(texts(result).count == 6)
        for text in texts(result) {
            #expect(!text.contains("Ridge Weekly"))
            #expect(!text.contains("From the news desk"))
            #expect(!text.contains("Seen something we should cover"))
            #expect(text.hasPrefix("The county board voted"))
        }
        let removals = try #require(
            result.report["records"].flatMap { value -> [JSONObject]? in
                guard case .array(let records) = value else { return nil }
                return records.compactMap(\.objectValue)
            }
        )
        let learned = removals.flatMap { record -> [JSONObject] in
            guard case .array(let items)? = record["removals"] else { return [] }
            return items.compactMap(\.objectValue).filter { $0["rule"]?.stringValue == "learned:ridgeweekly.example" }
        }
        #expect(learned.count == 18)
        #expect(
            learned.allSatisfy {
                $0["kind"] == "site-template" && $0["detail"] == "in 6 of 6 articles of ridgeweekly.example"
            }
        )
        #expect(learned.allSatisfy { $0["start"] != nil && $0["end"] != nil })
    }

    @Test func aLineARuleTakesInOneArticleStillCountsThere() async throws {
        // Under the site's name, "Business" is a section label above article
        // 0's headline, so a rule removes it there; in the other two it
        // stands over the story and no rule takes it. It is in all three as
        // they came in, so it is learned and goes from all three.
        let result = try await run(
            feed(
                count: 3,
                header: ["Ridge Weekly"],
                body: { number in
                    ["Business"] + (number == 0 ? ["Harbour brewery doubles output after export deal"] : [])
                        + story(number)
                }
            )
        )
        defer { result.remove() }
        #expect(texts(result).count == 3)
        #expect(texts(result).allSatisfy { !$0.contains("Business\n") && !$0.contains("Ridge Weekly") })
        #expect(texts(result).filter { $0.hasPrefix("The county board voted") }.count == 2)
    }

    @Test func datesAndNumbersDoNotHideALearnedLine() async throws {
        let result = try await run(
            feed(
                count: 4,
                header: [],
                body: { number in ["Updated 2026-11-\(10 + number) 0\(number):15"] + story(number) }
            )
        )
        defer { result.remove() }
        #expect(texts(result).count == 4)
        #expect(texts(result).allSatisfy { !$0.contains("Updated") })
    }

    @Test func aQuoteTwoArticlesShareIsKept() async throws {
        let quote = "\"We will not close the school while I am on this board,\" the chair said."
        let result = try await run(
            feed(count: 5, body: { number in number < 2 ? story(number) + [quote] : story(number) })
        )
        defer { result.remove() }
        #expect(texts(result).filter { $0.contains(quote) }.count == 2)
    }

    @Test func aLineRecurringInsideTheStoryIsKept() async throws {
        // A subhead that the site uses in every article sits between two
        // paragraphs of prose: it is part of the story, not furniture.
        let result = try await run(
            feed(count: 5, body: { number in [story(number)[0], "What happens next", story(number)[1]] })
        )
        defer { result.remove() }
        #expect(texts(result).count == 5)
        #expect(texts(result).allSatisfy { $0.contains("What happens next") })
    }

    @Test func aLineInFewArticlesOfALargeSourceIsNotLearned() async throws {
        let text = feed(count: 10, body: { number in number < 3 ? ["Harbour notes"] + story(number) : story(number) })
        let byDefault = try await run(text)
        defer { byDefault.remove() }
        #expect(texts(byDefault).filter { $0.contains("Harbour notes") }.count == 3)
        let looser = try await run(text, stage: #"{"stage": "boilerplate", "learnMinShare": 0.3}"#)
        defer { looser.remove() }
        #expect(texts(looser).count == 10)
        #expect(texts(looser).allSatisfy { !$0.contains("Harbour notes") })
    }

    @Test func learningCanBeTurnedOff() async throws {
        let result = try await run(
            feed(count: 5, header: ["Ridge Weekly"], body: story),
            stage: #"{"stage": "boilerplate", "learn": false}"#
        )
        defer { result.remove() }
        #expect(texts(result).count == 5)
        #expect(texts(result).allSatisfy { $0.hasPrefix("Ridge Weekly") })
    }

    @Test func eachSourceLearnsItsOwnLines() async throws {
        let text =
            feed(source: "ridgeweekly.example", count: 3, header: ["Ridge Weekly"], body: story) + "\n"
            + feed(source: "valleypost.example", count: 2, header: ["Ridge Weekly"], body: story)
        let result = try await run(text)
        defer { result.remove() }
        // Two articles of the second source are too few to learn from.
        let kept = result.records.filter { ($0["text"]?.stringValue ?? "").hasPrefix("Ridge Weekly") }
        #expect(kept.map { $0["source"] } == ["valleypost.example", "valleypost.example"])
    }

    @Test func theTallyKeepsFrequentLinesInBoundedMemory() {
        var tally = FurnitureTally()
        for article in 0..<4_000 {
            // Every article carries line 1 and 2; and 20 lines of its own.
            let own = (0..<20).map { UInt64(10_000 + article * 20 + $0) }
            tally.add(FurnitureObservation(source: "s", lineHashes: [1, 2] + own), record: article)
        }
        let counts = try! #require(tally.sources["s"])
        #expect(counts.counts.count <= FurnitureTally.capacity)
        #expect(counts.articles == 4_000)
        #expect((counts.counts[1] ?? 0) >= 4_000 - counts.undercount)
        #expect((counts.counts[1] ?? 0) >= 3_000)
    }
}

extension BoilerplateLearningTests {
    @Test func copiesOfOneStoryOnOneSiteKeepTheirText() async throws {
        // Three versions of the same story among a source's five articles:
        // their lines recur, but they are the story, not the site's.
        let text = feed(count: 5, header: ["Ridge Weekly"]) { number in
            number < 3 ? ["Short update.", "Council agrees new harbour fees"] + story(0) : story(number)
        }
        let result = try await run(text)
        defer { result.remove() }
        #expect(texts(result).count == 5)
        #expect(texts(result).filter { $0.contains("Council agrees new harbour fees") }.count == 3)
        #expect(texts(result).allSatisfy { !$0.contains("Ridge Weekly") })
    }
}
