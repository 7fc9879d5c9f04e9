import Foundation
import Testing

@testable import WinnowCore

@Suite("pipeline.json")
struct PipelineConfigurationTests {
    /// Parses `json` as if it were the file `pipeline.json`.
    func load(_ json: String) throws(ConfigurationError) -> PipelineConfiguration {
        try PipelineConfiguration.parse(json, file: "pipeline.json")
    }

    /// The message of the error `json` produces.
    func message(_ json: String) -> String {
        do {
            _ = try load(json)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func theCommittedPipelineIsTheRecommendedOrder() throws {
        let configuration = try PipelineConfiguration.load(contentsOf: Fixtures.packageRoot.appending("pipeline.json"))
        #expect(
            configuration.stages.map { type(of: $0).name } == [
                "html", "boilerplate", "normalize", "dedup", "canonical",
            ]
        )
    }

    @Test func optionsAreReadAndDefaultsFillTheRest() throws {
        let configuration = try load(
            #"{"version": 1, "stages": [{"stage": "dedup", "threshold": 0.7, "shingleSize": 3, "bands": 10}]}"#
        )
        let dedup = try #require(configuration.dedup)
        #expect(dedup.options.threshold == 0.7)
        #expect(dedup.options.shingleSize == 3)
        #expect(dedup.options.permutations == DedupOptions().permutations)
        #expect(dedup.parameters == LSHParameters(bands: 10, rows: 12))
    }

    @Test func versionDefaultsToOne() throws {
        let configuration = try load(#"{"stages": [{"stage": "html"}]}"#)
        #expect(configuration.stages.count == 1)
    }

    @Test func resolvedOptionsEchoEveryOptionWithItsValue() throws {
        let configuration = try load(#"{"stages": [{"stage": "normalize", "foldQuotes": true}]}"#)
        #expect(
            configuration.resolved.serialized()
                == #"[{"stage":"normalize","form":"nfc","collapseWhitespace":true,"removeInvisible":true,"unwrapLines":"auto","foldQuotes":true,"foldDashes":false}]"#
        )
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "html"}, {"stage": "dedup", "treshold": 0.8}]}"#,
            "pipeline.json: stages[1].treshold: unknown key 'treshold' for stage 'dedup' (did you mean 'threshold'?); valid keys: shingleSize, permutations, threshold, containment, minimumContainedWords, shortContainedShare, editedThreshold, editGapWords, minimumBlockWords, candidateThreshold, bands, rows, seed"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplat"}]}"#,
            "pipeline.json: stages[1].stage: unknown stage 'boilerplat' (did you mean 'boilerplate'?); available stages: html, boilerplate, normalize, dedup, canonical"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "summarize"}]}"#,
            "pipeline.json: stages[0].stage: unknown stage 'summarize'; available stages: html, boilerplate, normalize, dedup, canonical"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "threshold": "0.8"}]}"#,
            #"pipeline.json: stages[0].threshold: expected a number in (0, 1], found the string "0.8""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "threshold": 1.5}]}"#,
            "pipeline.json: stages[0].threshold: expected a number in (0, 1], found 1.5"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "threshold": 0}]}"#,
            "pipeline.json: stages[0].threshold: expected a number in (0, 1], found 0"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "permutations": 0}]}"#,
            "pipeline.json: stages[0].permutations: expected an integer from 1 to 8192, found 0"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "shingleSize": 2.5}]}"#,
            "pipeline.json: stages[0].shingleSize: expected an integer from 1 to 64, found 2.5"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "seed": -1}]}"#,
            "pipeline.json: stages[0].seed: expected an integer ≥ 0, found -1"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "bands": 20, "rows": 8}]}"#,
            "pipeline.json: stages[0].bands: bands × rows = 20 × 8 = 160 exceeds permutations (128)"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "rows": "8"}]}"#,
            #"pipeline.json: stages[0].rows: expected an integer from 1 to 8192 or null, found the string "8""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "html", "dropHidden": "yes"}]}"#,
            #"pipeline.json: stages[0].dropHidden: expected true or false, found the string "yes""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "html", "dropElements": "script"}]}"#,
            #"pipeline.json: stages[0].dropElements: expected a list of strings, found the string "script""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "html", "dropMarkers": ["ad-slot"]}]}"#,
            #"pipeline.json: stages[0].dropMarkers[0]: expected a single word of letters and digits (class and id values are split into words), found the string "ad-slot""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "normalize", "form": "nfd"}]}"#,
            #"pipeline.json: stages[0].form: expected one of "nfc", "nfkc", "none", found the string "nfd" (did you mean "nfc"?)"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "canonical", "prefer": ["longest-text", "longest-text"]}]}"#,
            #"pipeline.json: stages[0].prefer[1]: "longest-text" is listed twice"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "canonical", "prefer": ["longest-text"], "sources": ["wire.example"]}]}"#,
            #"pipeline.json: stages[0].sources: 'sources' is set but 'prefer' does not include "preferred-source", so it would be ignored"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "disable": ["footer-tale"]}]}"#,
            #"pipeline.json: stages[0].disable[0]: expected a built-in rule name or kind: advertisement, video-embed, media-embed, read-more, photo-caption, gallery, share, newsletter, comments, report-error, copyright, outlet-credit, taxonomy, navigation, cookie-notice, paywall, data-widget, dateline, byline, author-bio, site-suffix, noise-run, section-label, site-links, foreign-footer, footer-tail, line-shape, headline-run, embed, related-links, caption, furniture, credit, page-chrome, found the string "footer-tale" (did you mean "footer-tail"?)"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "promo", "regex": "(unclosed"}]}]}"#,
            #"pipeline.json: stages[0].rules[0].regex: invalid regular expression "(unclosed": expected ')'"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "promo", "regx": "^Promo"}]}]}"#,
            "pipeline.json: stages[0].rules[0].regx: unknown key 'regx' for a boilerplate rule (did you mean 'regex'?); valid keys: name, regex, literal"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"regex": "^Promo"}]}]}"#,
            #"pipeline.json: stages[0].rules[0]: missing required key 'name' (a name for the report, such as "promo")"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "p", "regex": "a", "literal": "b"}]}]}"#,
            "pipeline.json: stages[0].rules[0]: a rule takes either 'regex' or 'literal', not both"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "share", "literal": "Share"}]}]}"#,
            "pipeline.json: stages[0].rules[0].name: 'share' is the name of a built-in rule; choose another name"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "canonical"}, {"stage": "dedup"}]}"#,
            "pipeline.json: stages[0].stage: 'canonical' picks one record per cluster, so it must come after 'dedup' (stages[1])"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup"}, {"stage": "dedup"}]}"#,
            "pipeline.json: stages[1].stage: 'dedup' is already stages[0]; a pipeline may use it once"
        ),
        (
            #"{"version": 1, "stages": [{"html": true}]}"#,
            "pipeline.json: stages[0]: missing required key 'stage' (the stage name: html, boilerplate, normalize, dedup, canonical)"
        ),
        (
            #"{"version": 1, "stages": [{"stage": 3}]}"#,
            "pipeline.json: stages[0].stage: expected a stage name: html, boilerplate, normalize, dedup, canonical, found 3"
        ),
        (
            #"{"version": 1, "stages": ["html"]}"#,
            #"pipeline.json: stages[0]: expected an object like {"stage": "html"}, found the string "html""#
        ),
        (
            #"{"version": 1, "stage": []}"#,
            "pipeline.json: stage: unknown key 'stage' for the top level (did you mean 'stages'?); valid keys: version, description, stages"
        ),
        (
            #"{"version": 1}"#,
            #"pipeline.json: (top level): missing required key 'stages' (a list of stages such as [{"stage": "html"}])"#
        ),
        (
            #"{"version": 2, "stages": []}"#,
            "pipeline.json: version: unsupported version 2; this winnow reads version 1"
        ),
        (
            #"[]"#,
            #"pipeline.json: (top level): expected an object like {"version": 1, "stages": [...]}, found an array"#
        ),
        (
            "{\"version\": 1,\n  \"stages\": [{\"stage\": \"html\"},]}",
            "pipeline.json:2:32: invalid JSON: trailing comma before ']'"
        ),
        (
            "{\"version\": 1\n  \"stages\": []}",
            "pipeline.json:2:3: invalid JSON: unexpected '\"', expected ',' or '}' after a value in an object"
        ),
    ])
    func problemsNameTheFileThePathAndWhatWasExpected(json: String, expected: String) {
        #expect(message(json) == expected)
    }

    @Test func aMissingFileIsReported() {
        #expect(
            throws: ConfigurationError(
                file: "/nonexistent/pipeline.json",
                location: .file,
                problem: .unreadable(reason: "no such file")
            )
        ) {
            try PipelineConfiguration.load(contentsOf: "/nonexistent/pipeline.json")
        }
    }

    @Test func userRulesCompile() throws {
        let configuration = try load(
            #"{"stages": [{"stage": "boilerplate", "rules": [{"name": "promo", "regex": "^Promo:"}, {"name": "tip", "literal": "Got a tip?"}]}]}"#
        )
        let stage = try #require(configuration.stages.first as? BoilerplateStage)
        #expect(stage.options.rules.map(\.name) == ["promo", "tip"])
    }

    @Test func theCatalogueListsEveryStageOptionWithTypeAndDefault() {
        let text = StageCatalogue().text
        for entry in StageRegistry.builtIn.entries {
            #expect(text.contains("\(entry.name): \(entry.summary)"))
            for option in entry.options {
                #expect(text.contains("  \(option.key) (\(option.type)), default \(option.defaultValue.serialized())"))
            }
        }
        #expect(text.contains("  threshold (number), default 0.8"))
    }

    @Test func registeringAStageTwiceIsAProgrammingErrorButCustomRegistriesWork() throws {
        var registry = StageRegistry()
        registry.register(NormalizeStage.self)
        #expect(registry.names == ["normalize"])
        #expect(
            throws: ConfigurationError(
                file: "p.json",
                location: .path(JSONPath([.key("stages"), .index(0), .key("stage")])),
                problem: .unknownStage("html", available: ["normalize"])
            )
        ) {
            try PipelineConfiguration.parse(#"{"stages": [{"stage": "html"}]}"#, file: "p.json", registry: registry)
        }
    }
}
