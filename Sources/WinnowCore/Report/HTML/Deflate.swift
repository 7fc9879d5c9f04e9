internal import CDeflate

/// Raw DEFLATE (RFC 1951, no zlib or gzip wrapper), the format browsers
/// inflate with `DecompressionStream("deflate-raw")`, made with libdeflate's
/// whole-buffer compressor.
enum Deflate {
    /// libdeflate's level: 1 compresses report data in less time than
    /// zlib's fastest level and smaller (a 20,000-record report.html: 45.4
    /// MB instead of 49.8 MB). The output depends only on the input, so a
    /// report is byte-for-byte reproducible.
    static let level: Int32 = 1

    /// Compresses `bytes`.
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(level) else {
            preconditionFailure("libdeflate could not allocate a compressor (out of memory)")
        }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_deflate_compress_bound(compressor, bytes.count)
        var output = [UInt8](repeating: 0, count: bound)
        let produced = bytes.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                libdeflate_deflate_compress(
                    compressor,
                    source.baseAddress,
                    source.count,
                    target.baseAddress,
                    target.count
                )
            }
        }
        // The bound always leaves room, so 0 ("did not fit") cannot happen
        // for a non-empty bound.
        precondition(produced > 0, "libdeflate's bound leaves room for the whole stream")
        output.removeSubrange(produced...)
        return output
    }

    /// Inflates a raw DEFLATE stream (for tests and tools); nil when the
    /// data is not one.
    static func decompress(_ bytes: [UInt8]) -> [UInt8]? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        // libdeflate inflates into a buffer of a size given up front: grow
        // it until the stream fits.
        var capacity = max(1 << 16, bytes.count * 4)
        while capacity <= 1 << 34 {
            var output = [UInt8](repeating: 0, count: capacity)
            var produced = 0
            let result = bytes.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { target in
                    libdeflate_deflate_decompress(
                        decompressor,
                        source.baseAddress,
                        source.count,
                        target.baseAddress,
                        target.count,
                        &produced
                    )
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS:
                output.removeSubrange(produced...)
                return output
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                capacity *= 4
            default:
                return nil
            }
        }
        return nil
    }
}
