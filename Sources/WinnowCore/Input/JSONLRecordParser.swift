/// Turns one line of a JSONL file into a record or a rejection.
///
/// A record is an object with `id` (a non-empty string), `text` and/or
/// `html` (at least one non-empty string; `html` is used when both are
/// given), and optionally `title`, `url`, `source` and `published`
/// (ISO 8601). Every other field is kept, in order, as metadata.
enum JSONLRecordParser {
    static let knownFields: Set<String> = ["id", "text", "html", "title", "url", "source", "published"]

    static func parse(_ line: some Collection<UInt8>, origin: String) -> Result<Record, Rejection> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return .failure(
                Rejection(id: nil, reason: "invalid JSON at column \(error.column): \(error.message)", input: origin)
            )
        }
        guard case .object(let object) = value else {
            return .failure(Rejection(id: nil, reason: "expected a JSON object, found \(value.phrase)", input: origin))
        }
        guard let idValue = object["id"], idValue != .null else {
            return .failure(Rejection(id: nil, reason: "missing 'id' (a string that names the record)", input: origin))
        }
        guard case .string(let id) = idValue, !id.isEmpty else {
            return .failure(
                Rejection(id: nil, reason: "'id' must be a non-empty string, found \(idValue.phrase)", input: origin)
            )
        }
        func reject(_ reason: String) -> Result<Record, Rejection> {
            .failure(Rejection(id: id, reason: reason, input: origin))
        }
        var strings: [String: String] = [:]
        for field in ["text", "html", "title", "url", "source", "published"] {
            guard let fieldValue = object[field], fieldValue != .null else { continue }
            guard case .string(let text) = fieldValue else {
                return reject("'\(field)' must be a string, found \(fieldValue.phrase)")
            }
            strings[field] = text
        }
        let content: Record.Content
        if let html = strings["html"], !html.trimmingWhitespace().isEmpty {
            content = .html(Markup(TextDecoding.normalizingLineEndings(html)))
        } else if let text = strings["text"], !text.trimmingWhitespace().isEmpty {
            content = .text(TextDecoding.normalizingLineEndings(text))
        } else {
            return reject("no content: 'text' and 'html' are both missing or empty")
        }
        var published: PublishedDate?
        if let literal = strings["published"] {
            guard let date = PublishedDate(literal) else {
                return reject("'published' is \"\(literal)\", not \(PublishedDate.expectedForm)")
            }
            published = date
        }
        var metadata = JSONObject()
        for (key, fieldValue) in object where !knownFields.contains(key) { metadata[key] = fieldValue }
        return .success(
            Record(
                id: id,
                title: strings["title"].flatMap { $0.isEmpty ? nil : $0 },
                content: content,
                url: strings["url"].flatMap { $0.isEmpty ? nil : $0 },
                source: strings["source"].flatMap { $0.isEmpty ? nil : $0 },
                published: published,
                metadata: metadata,
                origin: origin
            )
        )
    }
}
