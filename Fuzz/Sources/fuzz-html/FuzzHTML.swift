import WinnowCore

/// libFuzzer entry: any bytes as an HTML page, decoded the way input files
/// are, then through the `html` stage with its defaults. A page either
/// becomes text or is rejected with a reason; nothing else may happen.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let page = PageDecoding.text(ofPage: bytes)
    var staged = StagedRecord(record: Record(id: "fuzz", content: .html(page), origin: "fuzz"))
    do {
        try FuzzStages.html.process(&staged, context: StageContext(stageName: HTMLStage.name, stageIndex: 0))
        guard case .text = staged.record.content else { fatalError("the html stage left markup behind") }
    } catch {
        precondition(!error.reason.isEmpty, "a rejection without a reason")
    }
    return 0
}

enum FuzzStages {
    static let html = HTMLStage(options: HTMLOptions())
}
