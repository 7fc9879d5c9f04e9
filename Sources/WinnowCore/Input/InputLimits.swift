/// Limits that protect a run from input no article can be: a record larger
/// than ``maximumRecordBytes`` is rejected while the input is cut into
/// chunks, before it is parsed or copied, and the run goes on.
public struct InputLimits: Sendable, Equatable {
    /// 16 MiB: far above any article page (a heavy news page with inline
    /// scripts is a few MiB), far below what would strain memory.
    public static let defaultMaximumRecordBytes = 16 << 20

    /// The largest JSON Lines line or article file read, in bytes.
    public var maximumRecordBytes: Int

    public init(maximumRecordBytes: Int = defaultMaximumRecordBytes) {
        self.maximumRecordBytes = max(1, maximumRecordBytes)
    }

    /// The rejection reason for a record of `bytes` bytes (at least that
    /// many, when `atLeast`).
    func oversizedReason(bytes: Int, atLeast: Bool = false) -> String {
        "the record is \(atLeast ? "at least " : "")\(bytes) bytes, over the maximum record size of \(Self.describe(maximumRecordBytes)); it was skipped without being parsed"
    }

    /// `16 MiB`, `512 KiB` or `1000 bytes`.
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
