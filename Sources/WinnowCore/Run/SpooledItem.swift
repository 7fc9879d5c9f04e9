/// One record in a spool between passes: still going through the
/// pipeline, or finished (rejected) and carried along so that the output
/// pass meets every record in input order.
enum SpooledItem: Sendable, SpoolCodable {
    case live(StagedRecord)
    case finished(RecordReport)

    func encode(to writer: inout SpoolWriter) {
        switch self {
        case .live(let staged):
            writer.write(0)
            staged.encode(to: &writer)
        case .finished(let report):
            writer.write(1)
            report.encode(to: &writer)
        }
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        switch try reader.readInt() {
        case 0: self = .live(try StagedRecord(from: &reader))
        case 1: self = .finished(try RecordReport(from: &reader))
        default: throw SpoolReader.Corrupt(offset: reader.position)
        }
    }
}

/// What a worker made of one chunk in one pass.
struct ChunkResult: Sendable {
    struct Entry: Sendable {
        var number: Int
        /// The record's id and origin, for the id check of the first pass;
        /// nil for input that was rejected before it had an id.
        var identity: (id: String, origin: String)?
        var step: Step
    }

    enum Step: Sendable {
        /// Goes on to the next pass; its frame is the next in `frames`.
        case live(observations: [(stage: Int, observation: any Sendable)])
        /// Done: rejected, or (in the output pass) written. In a spooling
        /// pass its frame is the next in `frames`.
        case finished(RecordReport, recordLine: [UInt8]?)
    }

    var entries: [Entry] = []
    /// The spooled form of every entry, in order (spooling passes only).
    var frames = FrameBlock()
    /// The workers' time on this chunk.
    var timing: WorkTiming

    init(stageCount: Int) {
        timing = WorkTiming(stageCount: stageCount)
    }
}
