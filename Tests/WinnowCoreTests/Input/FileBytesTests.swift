import Testing

@testable import WinnowCore

@Suite struct FileBytesTests {
    @Test func readsWholeFilesOfAnySize() throws {
        let directory = try InputTestDirectory()
        defer { directory.remove() }
        for size in [0, 1, 4095, 4096, 65_537, 300_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = try directory.write("f\(size).bin", bytes: bytes)
            #expect(FileBytes.read(path) == bytes, "size \(size)")
        }
    }

    @Test func aMissingFileOrAFolderCannotBeRead() throws {
        let directory = try InputTestDirectory()
        defer { directory.remove() }
        #expect(FileBytes.read(directory.full("absent.html")) == nil)
        #expect(FileBytes.read(directory.path) == nil)
    }
}
