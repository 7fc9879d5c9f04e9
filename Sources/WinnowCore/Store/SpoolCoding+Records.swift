/// The spooled forms of the values a run carries between passes.
extension JSONValue: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        switch self {
        case .null: writer.write(0)
        case .bool(let value):
            writer.write(1)
            writer.write(value)
        case .number(let number):
            writer.write(2)
            writer.write(number.literal)
        case .string(let text):
            writer.write(3)
            writer.write(text)
        case .array(let elements):
            writer.write(4)
            writer.write(elements)
        case .object(let object):
            writer.write(5)
            object.encode(to: &writer)
        }
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        switch try reader.readInt() {
        case 0: self = .null
        case 1: self = .bool(try reader.readBool())
        case 2: self = .number(JSONNumber(literal: try reader.readString()))
        case 3: self = .string(try reader.readString())
        case 4: self = .array(try reader.readArray())
        case 5: self = .object(try JSONObject(from: &reader))
        default: throw SpoolReader.Corrupt(offset: reader.position)
        }
    }
}

extension JSONObject: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        writer.write(count)
        for (key, value) in self {
            writer.write(key)
            value.encode(to: &writer)
        }
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        self.init()
        let count = try reader.readInt()
        for _ in 0..<Swift.max(0, count) {
            let key = try reader.readString()
            self[key] = try JSONValue(from: &reader)
        }
    }
}

extension Record: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        writer.write(id)
        writer.write(title)
        switch content {
        case .html(let markup):
            writer.write(true)
            writer.write(markup.string)
        case .text(let text):
            writer.write(false)
            writer.write(text)
        }
        writer.write(url)
        writer.write(source)
        writer.write(published?.literal)
        metadata.encode(to: &writer)
        writer.write(origin)
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        let id = try reader.readString()
        let title = try reader.readOptionalString()
        let isHTML = try reader.readBool()
        let body = try reader.readString()
        let url = try reader.readOptionalString()
        let source = try reader.readOptionalString()
        let published = try reader.readOptionalString().flatMap(PublishedDate.init)
        let metadata = try JSONObject(from: &reader)
        let origin = try reader.readString()
        self.init(
            id: id,
            title: title,
            content: isHTML ? .html(Markup(body)) : .text(body),
            url: url,
            source: source,
            published: published,
            metadata: metadata,
            origin: origin
        )
        // `init` derives a source from the url when there is none; keep
        // what was spooled.
        self.source = source
    }
}

extension Removal: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        writer.write(stage)
        writer.write(stageIndex)
        writer.write(rule)
        writer.write(kind.rawValue)
        writer.write(text)
        writer.write(characters)
        writer.write(lines)
        writer.write(isTruncated)
        writer.write(line)
        writer.write(detail)
        writer.write(range != nil)
        if let range {
            writer.write(range.lowerBound)
            writer.write(range.count)
        }
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        let stage = try reader.readString()
        let stageIndex = try reader.readInt()
        let rule = try reader.readString()
        guard let kind = RemovalKind(rawValue: try reader.readString()) else {
            throw SpoolReader.Corrupt(offset: reader.position)
        }
        let text = try reader.readString()
        let characters = try reader.readInt()
        let lines = try reader.readInt()
        let isTruncated = try reader.readBool()
        let line = try reader.readOptionalInt()
        self.init(
            stage: stage,
            stageIndex: stageIndex,
            rule: rule,
            kind: kind,
            text: text,
            characters: characters,
            lines: lines,
            line: line
        )
        self.isTruncated = isTruncated
        detail = try reader.readOptionalString()
        if try reader.readBool() {
            let start = try reader.readInt()
            range = start..<start + (try reader.readInt())
        }
    }
}

/// A lineage is spooled only inside its record (``StagedRecord``), after
/// the body that is its current text, so it is no ``SpoolCodable`` of its
/// own.
extension TextLineage {
    /// Written after the record whose body, `current`, is read back as
    /// the current text: an original that no stage changed is not written
    /// twice.
    func encode(to writer: inout SpoolWriter, current: String) {
        let isCurrent = original.hasSameBytes(as: current)
        writer.write(isCurrent)
        if !isCurrent { writer.write(original) }
        writer.write(isTracking)
        writer.write(pieces.count)
        for piece in pieces {
            writer.write(piece.current)
            writer.write(piece.original)
            writer.write(piece.length)
        }
    }

    /// Reads a lineage whose current text is `current` (spooled once, as
    /// the record's body).
    init(from reader: inout SpoolReader, current: String) throws(SpoolReader.Corrupt) {
        let original = try reader.readBool() ? current : try reader.readString()
        let isTracking = try reader.readBool()
        let count = try reader.readInt()
        var pieces: [Piece] = []
        pieces.reserveCapacity(max(0, count))
        for _ in 0..<Swift.max(0, count) {
            pieces.append(
                Piece(current: try reader.readInt(), original: try reader.readInt(), length: try reader.readInt())
            )
        }
        self.init(original: original, current: current, pieces: pieces, isTracking: isTracking)
    }
}

extension StagedRecord: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        writer.write(number)
        record.encode(to: &writer)
        writer.write(removals)
        writer.write(lineage != nil)
        lineage?.encode(to: &writer, current: record.body)
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        let number = try reader.readInt()
        let record = try Record(from: &reader)
        self.init(record: record, number: number)
        removals = try reader.readArray()
        lineage = try reader.readBool() ? try TextLineage(from: &reader, current: record.body) : nil
    }
}
