/// Files handed over where text was expected: a `feed.jsonl` that is
/// really `feed.jsonl.gz` renamed, a gzipped page, an image saved as
/// `.html`. They are recognised by their first bytes and rejected once,
/// with the fix, instead of line by line as broken JSON or read as text.
enum NonTextInput {
    /// Signatures of compressed files, with the command that unpacks each.
    private static let compressed: [(name: String, magic: [UInt8], unpack: String)] = [
        ("gzip", [0x1F, 0x8B], "gunzip"),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD], "unzstd"),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "unxz"),
        ("bzip2", [0x42, 0x5A, 0x68], "bunzip2"),
        ("zip", [0x50, 0x4B, 0x03, 0x04], "unzip"),
    ]

    /// Signatures of other binary files scrapers save by mistake.
    private static let binary: [(name: String, magic: [UInt8])] = [
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", Array("GIF8".utf8)),
        ("a PDF document", Array("%PDF-".utf8)),
        ("an executable (ELF)", [0x7F, 0x45, 0x4C, 0x46]),
    ]

    /// The most bytes ``rejectionReason(forPrefix:)`` looks at.
    static let prefixLength = 8

    /// The rejection reason when `prefix` (the first bytes of a file) starts
    /// a compressed or binary file, nil otherwise. bzip2's magic `BZh` is
    /// followed by a block-size digit, which is checked too so that text
    /// starting with "BZh" is not taken for it.
    static func rejectionReason(forPrefix prefix: some Collection<UInt8>) -> String? {
        let head = Array(prefix.prefix(prefixLength))
        for format in compressed where head.starts(with: format.magic) {
            if format.name == "bzip2" {
                guard head.count > 3, (0x31...0x39).contains(head[3]) else { continue }
            }
            return
                "the file is \(format.name)-compressed, not text; decompress it first (\(format.unpack)) and give winnow the result"
        }
        for format in binary where head.starts(with: format.magic) {
            return "the file is \(format.name), not text"
        }
        return nil
    }
}
