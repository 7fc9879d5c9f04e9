/// The `boilerplate` stage: removes noise lines and records each removal
/// with the rule that made it, its kind and its place in the original text
/// (through ``TextEditor``).
///
/// Each line's facts are computed once (``LineSheet``). The user's rules
/// run first, then the built-in line rules, one per family of noise (see
/// ``BuiltInBoilerplateRules``), then the structural detectors: the
/// section label above a headline, the promotion under a sponsor label, an image's alt text above its caption,
/// the title echoed after a video embed, link lists under a "Read more"
/// heading, site-tagged alt texts, blocks of legal and service links, the author's note at the end, a footer in
/// another language or script,
/// short labels wedged between noise lines, the tail of a page footer, and
/// last, lines whose shape gives them away (``LineShape``) and blocks of
/// headline-shaped link labels (``HeadlineRun``), in any language.
/// A line belongs to the first rule that removes it.
public struct BoilerplateStage: Stage {
    public static let name = "boilerplate"
    public static let summary =
        "Remove noise lines (ads, embeds, captions, share/newsletter footers, …) by named rules."

    public let options: BoilerplateOptions
    private let lineRules: [LineRule]
    private let enabled: Set<String>
    /// The kind of each rule, the user's included.
    private let kinds: [String: RemovalKind]
    /// The structural detectors, their patterns compiled once per run.
    private let sponsoredUnit = SponsoredUnit()
    private let videoTitleEcho = VideoTitleEcho()
    private let readMoreBlock = ReadMoreBlock()
    private let siteLinks = SiteLinks()
    private let headerByline = HeaderByline()
    private let authorBio = AuthorBio()
    /// The line rules' verdicts on recurring short lines, shared by the
    /// run's workers.
    private let verdicts = LineVerdictCache()

    public init(options: BoilerplateOptions) {
        self.options = options
        let disabled = Set(options.disable)
        let builtIn =
            options.builtIn
            ? BuiltInBoilerplateRules.all.filter { !disabled.contains($0.name) && !disabled.contains($0.kind.rawValue) }
            : []
        enabled = Set(builtIn.map(\.name))
        var kinds = BuiltInBoilerplateRules.kinds
        for rule in options.rules { kinds[rule.name] = .userRule }
        self.kinds = kinds
        let limit = Duration.milliseconds(options.regexTimeLimit)
        lineRules = options.rules.map { $0.lineRule.limited(to: limit) } + builtIn.compactMap(LineRule.builtIn)
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        let text = staged.record.body
        var sheet = LineSheet(text)
        var removedAny = false
        // The rules read every line's folded bytes in place (removals leave
        // them unchanged).
        let folded = sheet.folded
        try folded.withUnsafeBufferPointer { (folded) throws(RecordRejection) in
            try applyLineRules(to: &sheet, folded: folded, removedAny: &removedAny, context: context)
        }
        // Bylines first: a section label is known by the byline under it.
        if enabled.contains(HeaderByline.rule) { headerByline.apply(to: &sheet) }
        if enabled.contains(SectionLabel.rule) { SectionLabel().apply(to: &sheet) }
        if enabled.contains(SponsoredUnit.rule) { sponsoredUnit.apply(to: &sheet) }
        // A link list under a known heading is told apart before an alt
        // text's shape is guessed at ("You may also like" over "Photos: …").
        if enabled.contains(ReadMoreBlock.rule) { readMoreBlock.apply(to: &sheet) }
        if enabled.contains(CaptionAltText.rule) { CaptionAltText().apply(to: &sheet) }
        if enabled.contains(VideoTitleEcho.rule) { videoTitleEcho.apply(to: &sheet) }
        if enabled.contains(SiteSuffix.rule) { SiteSuffix().apply(to: &sheet) }
        if enabled.contains(SiteLinks.rule) { siteLinks.apply(to: &sheet) }
        if enabled.contains(AuthorBio.rule) { authorBio.apply(to: &sheet) }
        if enabled.contains(ForeignFooter.rule) { ForeignFooter().apply(to: &sheet) }
        if enabled.contains(NoiseRun.rule) { NoiseRun().apply(to: &sheet) }
        if enabled.contains(FooterTail.rule) { FooterTail().apply(to: &sheet) }
        // Last: the shape of a line is weighed against what the rules above
        // removed around it.
        if enabled.contains(LineShape.rule) { LineShape().apply(to: &sheet) }
        if enabled.contains(HeadlineRun.rule) { HeadlineRun().apply(to: &sheet) }

        removedAny = removedAny || (0..<sheet.count).contains { sheet.isRemoved($0) }
        guard removedAny else { return }
        var editor = TextEditor(text)
        sheet.edit(&editor) { kinds[$0] ?? .userRule }
        staged.commit(editor, in: context)
    }

    /// Runs the line rules (the user's, then the built-in ones) on every
    /// non-blank line; a line belongs to the first rule that removes it.
    private func applyLineRules(
        to sheet: inout LineSheet,
        folded: UnsafeBufferPointer<UInt8>,
        removedAny: inout Bool,
        context: StageContext
    ) throws(RecordRejection) {
        for index in 0..<sheet.count where !sheet.isBlank(index) {
            let range = sheet.trimmedRanges[index]
            let key =
                sheet.physicalLineCount(index) == 1 && range.count <= LineVerdictCache.maximumBytes
                ? Array(sheet.bytes[range]) : nil
            if let key, let verdict = verdicts.verdict(for: key) {
                if case .removed(let ruleIndex) = verdict {
                    let rule = lineRules[ruleIndex]
                    sheet.remove(index, rule: rule.name, startsFooter: rule.startsFooter)
                    removedAny = true
                }
                continue
            }
            var lineText: String?
            var verdict = LineVerdictCache.Verdict.kept
            var matchedRule = try firstRule(
                removing: index,
                of: sheet,
                folded: folded,
                text: &lineText,
                context: context
            )
            // A line in two languages: each reading on its own.
            if matchedRule == nil, sheet.physicalLineCount(index) == 1 {
                for reading in BilingualLine.readings(of: sheet.bytes[range]) {
                    let alone = LineSheet(reading)
                    guard alone.count == 1 else { continue }
                    var readingText: String? = reading
                    let found = try alone.folded.withUnsafeBufferPointer { (readingFolded) throws(RecordRejection) in
                        try firstRule(
                            removing: 0,
                            of: alone,
                            folded: readingFolded,
                            text: &readingText,
                            context: context
                        )
                    }
                    // One word alone is a section's name as often as a
                    // label ("Business | Media"): it counts only for the
                    // markers no section is called ("Noddir · Sponsored").
                    if let found, alone.facts[0].words > 1 || BilingualLine.oneWordRules.contains(lineRules[found].name)
                    {
                        matchedRule = found
                        break
                    }
                }
            }
            if let ruleIndex = matchedRule {
                sheet.remove(index, rule: lineRules[ruleIndex].name, startsFooter: lineRules[ruleIndex].startsFooter)
                removedAny = true
                verdict = .removed(by: ruleIndex)
            }
            if let key { verdicts.store(verdict, for: key) }
        }
    }

    /// The first line rule that removes line `index` of `sheet`, if any.
    private func firstRule(
        removing index: Int,
        of sheet: LineSheet,
        folded: UnsafeBufferPointer<UInt8>,
        text lineText: inout String?,
        context: StageContext
    ) throws(RecordRejection) -> Int? {
        // The rules are read in place: a copy of a rule would retain its
        // arrays for every line.
        try lineRules.withUnsafeBufferPointer { (rules) throws(RecordRejection) -> Int? in
            for ruleIndex in rules.indices {
                do {
                    if try rules[ruleIndex].matches(sheet, index, folded: folded, text: &lineText) {
                        return ruleIndex
                    }
                } catch {
                    throw RecordRejection(
                        "stage 'boilerplate' (stages[\(context.stageIndex)]): rule '\(rules[ruleIndex].name)' gave up on line \(sheet.firstLineNumber(index)) (\(sheet.facts[index].scalars) characters) after regexTimeLimit, \(options.regexTimeLimit) ms: the regex backtracks too much on it; make it simpler (no nested repetition such as (a+)+) or raise regexTimeLimit"
                    )
                }
            }
            return nil
        }
    }
}
