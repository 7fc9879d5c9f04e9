import TestSupport
import Testing

@testable import WinnowCore

@Suite("text lineage")
struct TextLineageTests {
    private let context = StageContext(stageName: "test", stageIndex: 0)

    @Test func aRemovalIsPlacedInTheOriginalText() {
        var staged = StagedRecord(
            record: Record(id: "a", content: .text("Keep this.\nAdvertisement\nKeep that."), origin: "t")
        )
        var editor = TextEditor(staged.record.body)
        editor.keep(0..<11)
        editor.remove(11..<25, rule: "advertisement", kind: .advertisement)
        editor.keep(25..<35)
        staged.commit(editor, in: context)
        #expect(staged.record.body == "Keep this.\nKeep that.")
        #expect(staged.removals.map(\.range) == [11..<25])
        #expect(staged.removals.first?.text == "Advertisement\n")
    }

    @Test func editsComposeThroughSeveralStages() {
        let original = "One  two\n\nAd line\n\nThree   four five"
        var staged = StagedRecord(record: Record(id: "a", content: .text(original), origin: "t"))
        // Stage 1 removes the ad line and one of the blank lines around it.
        var first = TextEditor(staged.record.body)
        first.keep(0..<10)
        first.remove(10..<18, rule: "ad", kind: .advertisement)
        first.drop(18..<19)
        first.keep(19..<original.utf8.count)
        staged.commit(first, in: context)
        #expect(staged.record.body == "One  two\n\nThree   four five")
        // Stage 2 collapses spaces, then stage 3 removes "four".
        var second = TextEditor(staged.record.body)
        second.keep(0..<4)
        second.drop(4..<5)
        second.keep(5..<15)
        second.drop(15..<17)
        second.keep(17..<27)
        staged.commit(second, in: context)
        #expect(staged.record.body == "One two\n\nThree four five")
        var third = TextEditor(staged.record.body)
        third.keep(0..<15)
        third.remove(15..<20, rule: "word", kind: .userRule)
        third.keep(20..<24)
        staged.commit(third, in: context)
        #expect(staged.record.body == "One two\n\nThree five")
        let bytes = Array(original.utf8)
        let placed = staged.removals.compactMap(\.range).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(placed == ["Ad line\n", "four "])
    }

    @Test(arguments: 0..<50) func randomDeletionsMapBackToTheirOriginalBytes(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let alphabet = Array("abcdefgh ijk\nlmé€".unicodeScalars)
        var original = ""
        for _ in 0..<(20 + Int(random.next() % 200)) {
            original.unicodeScalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))])
        }
        var staged = StagedRecord(record: Record(id: "a", content: .text(original), origin: "t"))
        // Each byte of the current text remembers its original offset.
        var origins = Array(0..<original.utf8.count)
        for round in 0..<4 {
            let bytes = Array(staged.record.body.utf8)
            guard !bytes.isEmpty else { break }
            var editor = TextEditor(staged.record.body)
            var kept: [Int] = []
            var expectedRemoved: [Range<Int>] = []
            var position = 0
            while position < bytes.count {
                var end = min(bytes.count, position + 1 + Int(random.next() % 12))
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }  // whole scalars
                switch random.next() % 3 {
                case 0:
                    editor.remove(position..<end, rule: "r\(round)", kind: .userRule)
                    expectedRemoved.append(origins[position]..<(origins[end - 1] + 1))
                case 1:
                    editor.drop(position..<end)
                default:
                    editor.keep(position..<end)
                    kept.append(contentsOf: origins[position..<end])
                }
                position = end
            }
            let before = staged.removals.count
            staged.commit(editor, in: context)
            origins = kept
            #expect(staged.removals[before...].map(\.range) == expectedRemoved.map(Optional.some))
        }
    }
}
