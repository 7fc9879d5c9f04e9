/// A problem in `pipeline.json`, found before any record is read.
///
/// Every message names the file, where in it the problem is (a JSON path
/// such as `stages[1].threshold`, or a line and column for syntax), what was
/// found and what was expected.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration file as the user named it.
    public var file: String
    public var location: Location
    public var problem: Problem

    public enum Location: Sendable, Equatable {
        case path(JSONPath)
        case position(line: Int, column: Int)
        case file
    }

    public enum Problem: Sendable, Equatable {
        /// The file could not be read.
        case unreadable(reason: String)
        /// The file is not valid JSON.
        case syntax(message: String)
        /// A value has the wrong type or is out of range.
        case wrongValue(found: String, expected: String)
        /// A required key is absent.
        case missingKey(String, expected: String)
        /// A key that nothing reads; `owner` is "the top level" or "stage 'dedup'".
        case unknownKey(String, owner: String, allowed: [String])
        /// A stage name that is not registered.
        case unknownStage(String, available: [String])
        /// A regular expression that does not compile.
        case invalidRegex(pattern: String, reason: String)
        /// Values that are each valid but do not fit together.
        case conflict(String)
        /// A `version` this build does not read.
        case unsupportedVersion(found: String, supported: Int)
    }

    public init(file: String = "", location: Location, problem: Problem) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    init(at path: JSONPath, _ problem: Problem) {
        self.init(location: .path(path), problem: problem)
    }

    public var description: String {
        let place: String
        switch location {
        case .path(let path): place = "\(file): \(path)"
        case .position(let line, let column): place = "\(file):\(line):\(column)"
        case .file: place = file
        }
        return "\(place): \(problem)"
    }
}

extension ConfigurationError.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable(let reason):
            return "cannot read the configuration: \(reason)"
        case .syntax(let message):
            return "invalid JSON: \(message)"
        case .wrongValue(let found, let expected):
            return "expected \(expected), found \(found)"
        case .missingKey(let key, let expected):
            return "missing required key '\(key)' (\(expected))"
        case .unknownKey(let key, let owner, let allowed):
            let hint = closestMatch(to: key, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            let valid = allowed.isEmpty ? "it takes no options" : "valid keys: \(allowed.joined(separator: ", "))"
            return "unknown key '\(key)' for \(owner)\(hint); \(valid)"
        case .unknownStage(let name, let available):
            let hint = closestMatch(to: name, in: available).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown stage '\(name)'\(hint); available stages: \(available.joined(separator: ", "))"
        case .invalidRegex(let pattern, let reason):
            return "invalid regular expression \"\(pattern)\": \(reason)"
        case .conflict(let message):
            return message
        case .unsupportedVersion(let found, let supported):
            return "unsupported version \(found); this winnow reads version \(supported)"
        }
    }
}

/// The candidate nearest to `word` by edit distance, if it is near enough
/// to be a plausible typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, Array(candidate.lowercased()))
        if distance <= max(1, target.count / 3), distance < (best?.distance ?? .max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
