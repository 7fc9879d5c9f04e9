/// A record's original text cut into runs, each kept or removed by one
/// removal: how the report shows removals in place.
///
/// Only removals with a range take part. A removal that a later stage
/// mapped across an earlier one's gap can contain it; each byte belongs to
/// the earliest stage's removal covering it (the shortest on a tie).
/// Empty ranges (an edit between two characters) come out as empty runs.
struct RemovalLayout {
    struct Run: Equatable {
        /// UTF-8 offsets into the original text.
        var range: Range<Int>
        /// The index into the removals of the removal this run belongs to,
        /// nil for kept text.
        var removal: Int?
    }

    let runs: [Run]

    init(text: String, removals: [Removal]) {
        let length = text.utf8.count
        let placed = removals.indices.compactMap { index -> (index: Int, range: Range<Int>)? in
            guard let range = removals[index].range else { return nil }
            return (index, min(range.lowerBound, length)..<min(range.upperBound, length))
        }
        var cuts = Set([0, length])
        for item in placed {
            cuts.insert(item.range.lowerBound)
            cuts.insert(item.range.upperBound)
        }
        let points = cuts.sorted()
        var runs: [Run] = []
        for (position, start) in points.enumerated() {
            for item in placed where item.range.isEmpty && item.range.lowerBound == start {
                runs.append(Run(range: start..<start, removal: item.index))
            }
            guard position + 1 < points.count else { break }
            let end = points[position + 1]
            var owner: (index: Int, range: Range<Int>)?
            for item in placed
            where !item.range.isEmpty && item.range.lowerBound <= start && item.range.upperBound >= end {
                guard let current = owner else {
                    owner = item
                    continue
                }
                let a = removals[item.index].stageIndex
                let b = removals[current.index].stageIndex
                if a < b || (a == b && item.range.count < current.range.count) { owner = item }
            }
            if let last = runs.last, last.removal == owner?.index, !last.range.isEmpty, last.range.upperBound == start {
                runs[runs.count - 1].range = last.range.lowerBound..<end
            } else {
                runs.append(Run(range: start..<end, removal: owner?.index))
            }
        }
        self.runs = runs.filter { !$0.range.isEmpty || $0.removal != nil }
    }
}
