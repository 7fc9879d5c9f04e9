import WinnowCore

/// libFuzzer entry: any bytes (as UTF-8, broken sequences replaced) as an
/// article's text through the `boilerplate` stage with its built-in rules.
/// What is kept plus what was removed must account for every line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBoilerplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var staged = StagedRecord(record: Record(id: "fuzz", content: .text(text), origin: "fuzz"))
    do {
        try FuzzStages.boilerplate.process(
            &staged, context: StageContext(stageName: BoilerplateStage.name, stageIndex: 0))
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
