internal import Mustache

// The template engine looks a name up through `MustacheParent` when a value
// offers it, and through `Mirror` otherwise. A `Mirror` boxes every stored
// property for every lookup (the rule table alone asks for sixteen names
// per row, hundreds of rows after an html run), and it cannot see computed
// properties such as `Chart.isEmpty`. Each view value therefore answers
// for the names its template uses; an unknown name is nil, so the engine
// goes on to the enclosing value, as it does with `Mirror`.

extension ReportPage.Card: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "label": label
        case "valueText": valueText
        case "css": css
        case "filterKind": filterKind
        case "filterValue": filterValue
        default: nil
        }
    }
}

extension ReportPage.Chart.Bar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tooltip": tooltip
        case "shortLabel": shortLabel
        case "valueText": valueText
        case "css": css
        case "filterKind": filterKind
        case "filterValue": filterValue
        case "y": y
        case "textY": textY
        case "barX": barX
        case "barWidth": barWidth
        case "barHeight": barHeight
        case "valueX": valueX
        default: nil
        }
    }
}

extension ReportPage.Chart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "width": width
        case "height": height
        case "bars": bars
        case "note": note
        case "isEmpty": isEmpty
        default: nil
        }
    }
}

extension ReportPage.Rule: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "stage": stage
        case "stageSort": stageSort
        case "key": key
        case "rule": rule
        case "kind": kind
        case "css": css
        case "removals": removals
        case "removalsText": removalsText
        case "records": records
        case "recordsText": recordsText
        case "lines": lines
        case "linesText": linesText
        case "characters": characters
        case "charactersText": charactersText
        case "samples": samples
        default: nil
        }
    }
}

extension ReportPage.Head: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "scriptHash": scriptHash
        case "styleHash": styleHash
        case "style": style
        case "readText": readText
        case "clusterCountText": clusterCountText
        case "rejectedText": rejectedText
        case "configurationFile": configurationFile
        case "pipelineLine": pipelineLine
        case "secondsText": secondsText
        case "cards": cards
        case "shareText": shareText
        case "removedText": removedText
        case "inText": inText
        case "keptText": keptText
        case "charts": charts
        case "pipelineJSON": pipelineJSON
        case "rules": rules
        default: nil
        }
    }
}

extension ReportPage.DedupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shingleSize": shingleSize
        case "permutations": permutations
        case "seed": seed
        case "bands": bands
        case "rows": rows
        case "candidatePairsText": candidatePairsText
        case "verifiedPairsText": verifiedPairsText
        case "threshold": threshold
        case "preferText": preferText
        default: nil
        }
    }
}

extension ReportPage.Tail: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dedup": dedup
        case "index": index
        case "groups": groups
        case "script": script
        default: nil
        }
    }
}
