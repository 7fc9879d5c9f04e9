/// One record of a report as terminal text: where it came from, how it
/// ended, its original text with every removal marked in place and
/// labelled with its stage and rule, and then the list of removals with
/// the reason for each. What `winnow explain` prints.
public struct RecordExplanation: Sendable {
    /// How removed text is marked.
    public enum Style: Sendable {
        /// ANSI colours: removed text red and struck through, labels dim.
        case colour
        /// `[-removed text-]{stage · rule}`, as wdiff marks deletions.
        case plain
    }

    public let record: RecordReport
    public let stageNames: [String]

    public init(record: RecordReport, stageNames: [String]) {
        self.record = record
        self.stageNames = stageNames
    }

    public func render(_ style: Style) -> String {
        var lines: [String] = []
        lines.append(bold("\(record.id)", style) + (record.title.map { " — \($0)" } ?? ""))
        var facts = ["input \(record.input)"]
        if let source = record.source { facts.append("source \(source)") }
        switch record.outcome {
        case .canonical(let duplicates):
            facts.append(
                duplicates.isEmpty ? "canonical" : "canonical; folded into it: \(duplicates.joined(separator: ", "))"
            )
        case .duplicate(let canonical, let similarity):
            facts.append("duplicate of \(canonical) (estimated similarity \(ReportEntries.rounded(similarity)))")
        case .earlierNight(let canonical, let night, let similarity):
            facts.append(
                "duplicate of \(canonical) of night \(night) (estimated similarity \(ReportEntries.rounded(similarity)))"
            )
        case .rejected(let reason, let stageIndex):
            facts.append("rejected \(stageIndex.map { "by stage \(stageName($0))" } ?? "when it was read"): \(reason)")
        }
        lines.append(facts.joined(separator: " · "))
        let placed = record.removals.count { $0.range != nil }
        lines.append(
            "\(record.removals.count) removal\(record.removals.count == 1 ? "" : "s"), \(placed) marked in the text"
                + (placed < record.removals.count
                    ? ", \(record.removals.count - placed) without a position (listed below)" : "")
        )
        lines.append("")
        if let text = record.originalText {
            lines.append(markedText(text, style))
        } else {
            lines.append("(no text: the record never became text)")
        }
        if !record.removals.isEmpty {
            lines.append("")
            lines.append(bold("Removals, in pipeline order:", style))
            for (number, removal) in record.removals.enumerated() {
                var line =
                    "\(number + 1). \(stageName(removal.stageIndex)) · \(removal.rule) (\(removal.kind.rawValue))"
                line +=
                    removal.range != nil
                    ? ", marked above" : removal.line.map { ", line \($0) of the stage's input" } ?? ""
                line += ", \(removal.characters) characters"
                if let detail = removal.detail { line += "; \(detail)" }
                lines.append(line)
                if removal.range == nil, !removal.text.isEmpty {
                    lines.append(
                        "   "
                            + removed(
                                removal.text.split(separator: "\n", omittingEmptySubsequences: false).joined(
                                    separator: "\n   "
                                ),
                                style
                            )
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markedText(_ text: String, _ style: Style) -> String {
        let bytes = Array(text.utf8)
        var output = ""
        for run in RemovalLayout(text: text, removals: record.removals).runs {
            let piece = String(decoding: bytes[run.range], as: UTF8.self)
            guard let index = run.removal else {
                output += piece
                continue
            }
            let removal = record.removals[index]
            let label = "{\(stageName(removal.stageIndex)) · \(removal.rule)}"
            switch style {
            case .colour: output += "\u{1B}[31;9m\(piece)\u{1B}[0m\u{1B}[2;36m\(label)\u{1B}[0m"
            case .plain: output += "[-\(piece)-]\(label)"
            }
        }
        return output
    }

    private func removed(_ text: String, _ style: Style) -> String {
        switch style {
        case .colour: "\u{1B}[31;9m\(text)\u{1B}[0m"
        case .plain: "[-\(text)-]"
        }
    }

    private func bold(_ text: String, _ style: Style) -> String {
        style == .colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func stageName(_ index: Int) -> String {
        stageNames.indices.contains(index) ? "\(index). \(stageNames[index])" : "stage \(index)"
    }
}
