/// The `boilerplate` stage: removes noise lines and records each removal
/// with the rule that made it.
///
/// The user's rules run first, then the built-in line rules (ad markers,
/// video embeds, read-more links, photo captions, sharing, newsletter,
/// comments, correction prompts, copyright, taxonomy, navigation, cookie
/// and paywall notices), then the contextual ones: the promotion under a
/// sponsor label, an image's alt text above its caption, the title line
/// after a video embed, link lists under a "Read more" heading, site-tagged alt
/// texts, and the tail of a page footer. A line belongs to the first rule
/// that removes it.
public struct BoilerplateStage: Stage {
    public static let name = "boilerplate"
    public static let summary = "Remove noise lines (ads, embeds, captions, share/newsletter footers, …) by named rules."

    public let options: BoilerplateOptions
    private let lineRules: [LineRule]
    private let enabled: Set<String>
    /// The kind of each built-in rule; user rules are `.userRule`.
    private let kinds: [String: RemovalKind]

    public init(options: BoilerplateOptions) {
        self.options = options
        let builtIn = options.builtIn ? BuiltInBoilerplateRules.all.filter { !options.disable.contains($0.name) } : []
        enabled = Set(builtIn.map(\.name))
        kinds = Dictionary(uniqueKeysWithValues: BuiltInBoilerplateRules.all.map { ($0.name, $0.removalKind) })
        let limit = Duration.milliseconds(options.regexTimeLimit)
        lineRules = options.rules.map { $0.lineRule.limited(to: limit) } + builtIn.compactMap(LineRule.builtIn)
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        var sheet = LineSheet(staged.record.body)
        for index in 0..<sheet.count where !sheet.isBlank(index) {
            let line = String(sheet.trimmed[index])
            let characterCount = line.count
            for rule in lineRules {
                let matched: Bool
                do {
                    matched = try rule.matches(line, characterCount: characterCount)
                } catch {
                    throw RecordRejection(
                        "stage 'boilerplate' (stages[\(context.stageIndex)]): rule '\(rule.name)' gave up on line \(sheet.firstLineNumber(index)) (\(characterCount) characters) after regexTimeLimit, \(options.regexTimeLimit) ms: the regex backtracks too much on it; make it simpler (no nested repetition such as (a+)+) or raise regexTimeLimit")
                }
                if matched {
                    sheet.remove(index, rule: rule.name, startsFooter: rule.startsFooter)
                    break
                }
            }
        }
        if enabled.contains(SponsoredUnit.rule) { SponsoredUnit().apply(to: &sheet) }
        if enabled.contains(CaptionAltText.rule) { CaptionAltText().apply(to: &sheet) }
        if enabled.contains(VideoTitleEcho.rule) { VideoTitleEcho().apply(to: &sheet) }
        if enabled.contains(ReadMoreBlock.rule) { ReadMoreBlock().apply(to: &sheet) }
        if enabled.contains(SiteSuffix.rule) { SiteSuffix().apply(to: &sheet) }
        if enabled.contains(FooterTail.rule) { FooterTail().apply(to: &sheet) }

        var removedAny = false
        for index in 0..<sheet.count {
            guard let rule = sheet.removedBy[index] else { continue }
            removedAny = true
            staged.recordRemoval(
                rule: rule, kind: kinds[rule] ?? .userRule, text: String(sheet.trimmed[index]), lines: sheet.physicalLineCount(index),
                line: sheet.firstLineNumber(index), in: context)
        }
        if removedAny { staged.record.body = sheet.keptText() }
    }
}
