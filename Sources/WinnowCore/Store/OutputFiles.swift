import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The four output files of a run, each written to a temporary name and
/// renamed together at the end, plus the spools behind them.
final class OutputFiles {
    static let recordsName = "records.jsonl"
    static let rejectedName = "rejected.jsonl"
    static let reportName = "report.json"
    static let reportHTMLName = "report.html"
    static let duplicatesName = "duplicates.jsonl"

    let directory: String
    let records: AtomicFile
    let rejected: AtomicFile
    let report: AtomicFile
    let reportHTML: AtomicFile
    /// Records folded into canonicals of earlier nights; only for a run
    /// that keeps a nightly state.
    let duplicates: AtomicFile?
    private let workArea: WorkArea
    /// Every record's report entry, in input order, written by the output
    /// pass and rendered into both reports at the end.
    let reportSpool: FrameFileWriter

    /// Creates the directory if needed and checks that it can be written,
    /// before any record is read.
    init(directory: String, withDuplicates: Bool = false) throws(RunError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .outputUnwritable(path: directory, reason: "it is a file, not a directory")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .outputUnwritable(path: directory, reason: DirectoryCreation.failureReason(directory))
            }
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw .outputUnwritable(path: directory, reason: "permission denied")
        }
        self.directory = directory
        Self.removeLeftovers(in: directory)
        workArea = try WorkArea(inside: directory)
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        records = try AtomicFile(destination: path(Self.recordsName))
        rejected = try AtomicFile(destination: path(Self.rejectedName))
        report = try AtomicFile(destination: path(Self.reportName))
        reportHTML = try AtomicFile(destination: path(Self.reportHTMLName))
        duplicates = withDuplicates ? try AtomicFile(destination: path(Self.duplicatesName)) : nil
        reportSpool = try FrameFileWriter(path: workArea.file(named: "report.spool"))
    }

    /// Removes temporary files and work folders that an earlier run of
    /// winnow left here when it was killed: winnow's own names only, and only
    /// when the process that made them is gone.
    static func removeLeftovers(in directory: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(".") {
            let marker = entry.hasPrefix(".winnow-work-") ? ".winnow-work-" : ".winnow-tmp-"
            guard let range = entry.range(of: marker), let pid = Int32(entry[range.upperBound...]),
                !processIsAlive(pid)
            else { continue }
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(entry))
        }
    }

    private static func processIsAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// A scratch file in the run's work area, removed with it.
    func workFile(_ name: String) -> String {
        workArea.file(named: name)
    }

    private var files: [AtomicFile] { [records, rejected, report, reportHTML] + (duplicates.map { [$0] } ?? []) }

    /// Flushes every file to disk under its temporary name.
    func finish() throws(RunError) {
        for file in files { try file.finish() }
    }

    /// Renames the finished files into place; `afterFirst` is called once
    /// the first is renamed (the crash tests stop there).
    func commit(afterFirst: () -> Void = {}) throws(RunError) {
        try finish()
        for (position, file) in files.enumerated() {
            try file.commit()
            if position == 0 { afterFirst() }
        }
    }
}
