import Foundation
import WinnowCore

/// libFuzzer entry: any bytes (as UTF-8, broken sequences replaced) as an
/// article's text through the `boilerplate` stage with its built-in rules;
/// a removal always names its rule, a rejection always has a reason.
///
/// An input whose first line is `re:<pattern>` also runs that pattern as a
/// user rule, bounded by a 20 ms time limit, over the next lines: any
/// pattern on any text must either answer or give up in bounded time
/// (libFuzzer's -timeout catches one that does not).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBoilerplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if text.hasPrefix("re:"), let newline = text.firstIndex(of: "\n") {
        let pattern = String(text[text.index(text.startIndex, offsetBy: 3)..<newline])
        if !pattern.isEmpty, let rule = try? UserRule(name: "fuzz", pattern: .regex(pattern)) {
            var options = BoilerplateOptions()
            options.builtIn = false
            options.learning.enabled = false
            options.rules = [rule]
            options.regexTimeLimit = 20
            // At most 50 lines, so one input stays under a second even when
            // the pattern backtracks on each.
            let lines = text[text.index(after: newline)...].split(separator: "\n").prefix(50).joined(separator: "\n")
            var staged = StagedRecord(record: Record(id: "fuzz-rule", content: .text(lines), origin: "fuzz"))
            do {
                try BoilerplateStage(options: options).process(
                    &staged,
                    context: StageContext(stageName: BoilerplateStage.name, stageIndex: 0)
                )
            } catch {
                precondition(!error.reason.isEmpty, "a rejection without a reason")
            }
        }
    }
    var staged = StagedRecord(record: Record(id: "fuzz", content: .text(text), origin: "fuzz"))
    do {
        try FuzzStages.boilerplate.process(
            &staged,
            context: StageContext(stageName: BoilerplateStage.name, stageIndex: 0)
        )
    } catch {
        precondition(!error.reason.isEmpty, "a rejection without a reason")
        return 0
    }
    for removal in staged.removals {
        precondition(!removal.rule.isEmpty, "a removal without a rule")
    }
    return 0
}

enum FuzzStages {
    static let boilerplate = BoilerplateStage(options: BoilerplateOptions())
}
