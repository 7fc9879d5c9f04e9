import WinnowCore

/// libFuzzer entry: any bytes as `pipeline.json`. Loading either gives a
/// configuration or a ``ConfigurationError`` with a message; a
/// configuration's resolved options, written back as a pipeline, load
/// again to the same options.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let configuration: PipelineConfiguration
    do {
        configuration = try PipelineConfiguration.parse(bytes, file: "pipeline.json")
    } catch {
        precondition(!error.description.isEmpty, "a configuration error without a message")
        return 0
    }
    let resolved = configuration.resolved
    var document = JSONObject()
    document["version"] = .number(JSONNumber(PipelineConfiguration.supportedVersion))
    document["stages"] = resolved
    let text = JSONValue.object(document).serialized()
    do {
        let again = try PipelineConfiguration.parse(text, file: "resolved.json")
        precondition(again.resolved == resolved, "resolved options changed on reload: \(text)")
    } catch {
        fatalError("resolved options do not load again: \(error)\n\(text)")
    }
    return 0
}
