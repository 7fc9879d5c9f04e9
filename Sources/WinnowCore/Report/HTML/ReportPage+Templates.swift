/// report.html's Mustache templates. Every `{{value}}` is HTML-escaped by
/// the template engine; the only unescaped `{{{…}}}` values are the page's
/// own style sheet and script, which are constants of this program.
extension ReportPage {
    /// From `<!doctype html>` to the empty record list the script fills.
    static let headTemplate = #"""
        {{% CONTENT_TYPE: winnow-html }}
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '{{scriptHash}}'; style-src '{{styleHash}}'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>winnow report · {{readText}} records</title>
        <style>{{{style}}}</style>
        </head>
        <body data-state="loading">
        <header class="top">
        <h1>winnow report</h1>
        <nav><a href="#summary">Summary</a><a href="#rules">Rules</a><a href="#records">Records</a><a href="#clusters">Clusters ({{clusterCountText}})</a><a href="#rejected">Rejected ({{rejectedText}})</a></nav>
        <p class="muted">Pipeline <code>{{configurationFile}}</code>: {{pipelineLine}} · <span id="timing">the run took {{secondsText}} s</span></p>
        </header>
        <main>
        <section id="summary">
        <h2>Summary</h2>
        <div class="cards">
        {{#cards}}<a class="card {{css}}" href="#records" data-filter="{{filterKind}}" data-value="{{filterValue}}"><b data-count="{{key}}">{{valueText}}</b><span>{{label}}</span></a>
        {{/cards}}</div>
        <p class="share"><b data-total="removedShare">{{shareText}}</b> of the text that came in was removed: <b data-total="charactersRemoved">{{removedText}}</b> of <span data-total="charactersIn">{{inText}}</span> characters (<span data-total="charactersKept">{{keptText}}</span> kept).</p>
        <div class="charts">
        {{#charts}}<figure class="chart" id="chart-{{id}}"><figcaption>{{title}}</figcaption>
        {{#isEmpty}}<p class="muted">Nothing removed.</p>{{/isEmpty}}{{^isEmpty}}<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="{{title}}">
        {{#bars}}<g class="bar" data-filter="{{filterKind}}" data-value="{{filterValue}}"><title>{{tooltip}}</title><text class="label" x="0" y="{{textY}}">{{shortLabel}}</text><rect class="fill {{css}}" x="{{barX}}" y="{{y}}" width="{{barWidth}}" height="{{barHeight}}" rx="2"></rect><text class="value" x="{{valueX}}" y="{{textY}}">{{valueText}}</text></g>
        {{/bars}}</svg>{{/isEmpty}}{{#note}}<p class="muted small">{{note}}</p>{{/note}}</figure>
        {{/charts}}</div>
        <details><summary>The pipeline as run, every option resolved</summary><pre class="json">{{pipelineJSON}}</pre></details>
        </section>
        <section id="rules">
        <h2>Rules</h2>
        <p class="muted">Every rule that removed something. Click a column to sort, a rule to list the records it touched.</p>
        <table class="sortable" id="rule-table">
        <thead><tr><th data-sort="text">Stage</th><th data-sort="text">Rule</th><th data-sort="text">Kind</th><th data-sort="number" class="num">Removals</th><th data-sort="number" class="num">Records</th><th data-sort="number" class="num">Lines</th><th data-sort="number" class="num" aria-sort="descending">Characters</th><th>Sample removed text</th></tr></thead>
        <tbody>
        {{#rules}}<tr><td data-value="{{stageSort}}">{{stage}}</td><td class="rule"><a href="#records" data-filter="rule" data-value="{{key}}">{{rule}}</a></td><td><span class="kind {{css}}">{{kind}}</span></td><td class="num" data-value="{{removals}}">{{removalsText}}</td><td class="num" data-value="{{records}}">{{recordsText}}</td><td class="num" data-value="{{lines}}">{{linesText}}</td><td class="num" data-value="{{characters}}">{{charactersText}}</td><td class="samples">{{#samples}}<del>{{.}}</del>{{/samples}}</td></tr>
        {{/rules}}</tbody>
        </table>
        {{^rules}}<p class="muted">Nothing was removed.</p>{{/rules}}
        </section>
        <section id="records">
        <h2>Records</h2>
        <p class="muted">Each record's text as it came in; every removed span is struck through in place and labelled <span class="rm-tag">stage · rule</span>. Removals whose stage does not yet track positions are listed under the text.</p>
        <form id="filters" class="filters" autocomplete="off">
        <label>Fate <select name="fate"><option value="">any</option><option value="canonical">canonical</option><option value="duplicate">duplicate</option><option value="rejected">rejected</option><option value="earlier-night">duplicate of an earlier night</option></select></label>
        <label>Kind <select name="kind"><option value="">any</option></select></label>
        <label>Rule <select name="rule"><option value="">any</option></select></label>
        <label>Source <select name="source"><option value="">any</option></select></label>
        <label class="grow">Search <input type="search" name="q" placeholder="id, title or any text (Enter searches the texts)"></label>
        <button type="button" id="clear-filters">Clear</button>
        </form>
        <p id="record-status" class="muted" role="status"></p>
        <div id="record-list"></div>
        <nav id="pager" class="pager"></nav>
        <noscript><p class="warning">The record list needs JavaScript; report.json has every record in full.</p></noscript>
        </section>

        """#

    /// From the clusters to the end of the page. The cluster and rejection
    /// lists are drawn by the script from the embedded data, a page at a
    /// time, as the record list is.
    static let tailTemplate = #"""
        {{% CONTENT_TYPE: winnow-html }}
        <section id="clusters">
        <h2>Near-duplicate clusters</h2>
        {{#dedup}}<p class="muted">Evidence: the estimated Jaccard similarity of the records' {{shingleSize}}-word shingle sets (MinHash, {{permutations}} permutations, seed {{seed}}). The LSH band join ({{bands}} bands × {{rows}} rows) proposed {{candidatePairsText}} candidate pairs; {{verifiedPairsText}} reached the threshold of {{threshold}} and link their records. The canonical record of each cluster is chosen by the canonical stage's criteria, in order: {{preferText}}.</p>{{/dedup}}
        {{^dedup}}<p class="muted">The pipeline has no dedup stage.</p>{{/dedup}}
        <div id="cluster-list"></div>
        <nav id="cluster-pager" class="pager"></nav>
        <div id="diff-panel" class="diff-panel" hidden></div>
        </section>
        <section id="rejected">
        <h2>Rejected records</h2>
        <p class="muted">Every record that could not be processed, where it came from and why; the same list is in rejected.jsonl.</p>
        <div id="rejected-list"></div>
        <nav id="rejected-pager" class="pager"></nav>
        </section>
        </main>
        <footer class="muted small">Written by winnow. Everything on this page is in the folder's report.json (documented in docs/report.md); <code>winnow report DIR</code> rebuilds this page from it.</footer>
        {{! index and groups are base64 (A-Z a-z 0-9 + / =), which has nothing to escape: written as they are, not escaped character by character }}
        <script type="application/octet-stream" id="winnow-index">{{{index}}}</script>
        <script type="application/octet-stream" id="winnow-groups">{{{groups}}}</script>
        <script>{{{script}}}</script>
        </body>
        </html>

        """#
}
