/// Counts of what each stage, and each rule within it, removed.
struct RemovalStatistics: Sendable {
    struct Counts: Sendable {
        var recordsTouched = 0
        var linesRemoved = 0
        var charactersRemoved = 0

        var json: JSONObject {
            JSONObject([
                "recordsTouched": .number(JSONNumber(recordsTouched)),
                "linesRemoved": .number(JSONNumber(linesRemoved)),
                "charactersRemoved": .number(JSONNumber(charactersRemoved)),
            ])
        }
    }

    struct StageCounts: Sendable {
        let index: Int
        let stage: String
        var total = Counts()
        var recordsRejected = 0
        var rules: [String: Counts] = [:]
    }

    private(set) var stages: [StageCounts]

    init(stageNames: [String]) {
        stages = stageNames.enumerated().map { StageCounts(index: $0.offset, stage: $0.element) }
    }

    /// Adds one record's removals.
    mutating func add(_ removals: [Removal]) {
        var touchedStages = Set<Int>()
        var touchedRules = Set<String>()
        for removal in removals {
            let index = removal.stageIndex
            stages[index].total.linesRemoved += removal.lines
            stages[index].total.charactersRemoved += removal.characters
            stages[index].rules[removal.rule, default: Counts()].linesRemoved += removal.lines
            stages[index].rules[removal.rule, default: Counts()].charactersRemoved += removal.characters
            if touchedStages.insert(index).inserted { stages[index].total.recordsTouched += 1 }
            if touchedRules.insert("\(index)\u{0}\(removal.rule)").inserted {
                stages[index].rules[removal.rule, default: Counts()].recordsTouched += 1
            }
        }
    }

    mutating func addRejection(atStage index: Int) {
        stages[index].recordsRejected += 1
    }

    var json: JSONValue {
        .array(
            stages.map { stage in
                var object = JSONObject()
                object["index"] = .number(JSONNumber(stage.index))
                object["stage"] = .string(stage.stage)
                for (key, value) in stage.total.json { object[key] = value }
                object["recordsRejected"] = .number(JSONNumber(stage.recordsRejected))
                object["rules"] = .array(
                    stage.rules.keys.sorted().map { rule in
                        var entry = JSONObject()
                        entry["rule"] = .string(rule)
                        for (key, value) in stage.rules[rule, default: Counts()].json { entry[key] = value }
                        return .object(entry)
                    })
                return .object(object)
            })
    }
}
