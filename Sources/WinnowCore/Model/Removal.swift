/// Something a stage took out of a record, and the rule that took it.
public struct Removal: Sendable, Hashable {
    /// The stage's name in `pipeline.json`, for example `boilerplate`.
    public var stage: String
    /// The stage's position in `pipeline.json`'s `stages` (0-based), which
    /// tells two uses of the same stage apart.
    public var stageIndex: Int
    /// The rule's name, for example `advertisement` or `tag:script`.
    public var rule: String
    /// The family of noise the rule removes.
    public var kind: RemovalKind
    /// The removed text; at most ``Removal/maximumStoredText`` characters
    /// are kept (see ``characters`` for the full size).
    public var text: String
    /// Characters removed in all.
    public var characters: Int
    /// Whole lines (or HTML blocks) removed: 1 for a line or an element with
    /// text, 0 for edits inside lines.
    public var lines: Int
    /// True when ``text`` is only part of what was removed: cut at
    /// ``maximumStoredText``, or shorter than ``characters`` says. (An empty
    /// text stands for edits that are only counted, such as whitespace.)
    public var isTruncated: Bool
    /// What justified the removal beyond its rule, when the rule learned
    /// from the batch: "in 5 of 5 articles of lakesidebulletin.example".
    public var detail: String?
    /// Where it was in the record's original text (see ``TextLineage``):
    /// UTF-8 offsets, nil when the position is not known.
    public var range: Range<Int>?
    /// Where it was: the 1-based line in the stage's input text, or in the
    /// HTML source for the `html` stage; nil for edits spread over a text.
    public var line: Int?

    /// Longer removed texts are cut to this many characters in the report.
    public static let maximumStoredText = 400

    public init(
        stage: String,
        stageIndex: Int,
        rule: String,
        kind: RemovalKind,
        text: String,
        characters: Int? = nil,
        lines: Int = 1,
        line: Int?
    ) {
        self.stage = stage
        self.stageIndex = stageIndex
        self.rule = rule
        self.kind = kind
        let textCharacters = text.characterCount
        self.characters = characters ?? textCharacters
        let isCut = textCharacters > Self.maximumStoredText
        isTruncated = isCut || (!text.isEmpty && self.characters > textCharacters)
        self.text = isCut ? String(text.prefix(Self.maximumStoredText)) + "…" : text
        self.lines = lines
        self.line = line
    }
}
