extension ReportPage {
    /// report.html's style sheet (inline; its hash is in the page's CSP).
    static let styleSource = #"""
        :root{--ink:#1d2330;--muted:#667085;--line:#e4e7ec;--bg:#fff;--soft:#f6f7f9;--del:#a4262c;--delbg:#fdecec;--ok:#1f7a3a;--dup:#9a6700;--rej:#a4262c;--accent:#2f5fb3}
        *{box-sizing:border-box}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg);margin:0}
        header.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1.5rem .3rem}
        header.top h1{font-size:1.25rem;margin:0 1.5rem 0 0;display:inline-block}
        header.top nav{display:inline-flex;gap:1rem;flex-wrap:wrap}
        header.top p{margin:.2rem 0 0}
        main{max-width:80rem;margin:0 auto;padding:0 1.5rem 3rem}
        footer{max-width:80rem;margin:0 auto;padding:1rem 1.5rem 2rem}
        h2{scroll-margin-top:6rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line);font-size:1.2rem}
        h3{font-size:1rem;margin:.2rem 0}
        a{color:var(--accent)}
        .muted{color:var(--muted)} .small{font-size:.85rem}
        code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
        .cards{display:flex;flex-wrap:wrap;gap:.7rem;margin:.5rem 0}
        .card{display:flex;flex-direction:column;min-width:8.5rem;padding:.6rem .9rem;border:1px solid var(--line);border-radius:8px;text-decoration:none;color:inherit;background:var(--soft)}
        .card b{font-size:1.6rem;font-variant-numeric:tabular-nums;line-height:1.2}
        .card.f-canonical b{color:var(--ok)} .card.f-duplicate b{color:var(--dup)} .card.f-rejected b{color:var(--rej)}
        .share{font-size:1.05rem}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(30rem,1fr));gap:1rem 2rem}
        figure.chart{margin:0} figure.chart figcaption{font-weight:600;margin:.4rem 0}
        svg text{font:12px system-ui,sans-serif;fill:var(--ink)} svg text.value{fill:var(--muted)}
        svg g.bar{cursor:pointer} svg g.bar:hover rect{opacity:.75}
        rect.fill{fill:#8aa4d6}
        .f-canonical{fill:#5fa777} .f-duplicate{fill:#d6a64a} .f-rejected{fill:#d9686e}
        .s-0{fill:#8aa4d6} .s-1{fill:#9f8fd0} .s-2{fill:#6fb1b6} .s-3{fill:#c99a6b} .s-4{fill:#b987b5} .s-5{fill:#8fb36b}
        .k-markup{--k:#7f8ea3} .k-page-chrome{--k:#5d7fb8} .k-advertisement{--k:#c8553d} .k-embed{--k:#8e5cc2} .k-related-links{--k:#2f8f83}
        .k-caption{--k:#b07d2b} .k-furniture{--k:#4f7f3a} .k-credit{--k:#a3577d} .k-foreign-footer{--k:#3f6fa0} .k-site-template{--k:#8a6d3b}
        .k-user-rule{--k:#b8336a} .k-whitespace{--k:#9aa3af}
        rect[class*=" k-"]{fill:var(--k)}
        .kind{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.8rem;color:#fff;background:var(--k,#888);white-space:nowrap}
        table{border-collapse:collapse;width:100%;margin:.4rem 0}
        th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
        th{background:var(--soft);font-weight:600}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.rule{font:13px ui-monospace,monospace;white-space:nowrap}
        table.sortable th[data-sort]{cursor:pointer;user-select:none}
        table.sortable th[aria-sort=descending]::after{content:" ▾"} table.sortable th[aria-sort=ascending]::after{content:" ▴"}
        td.samples{max-width:28rem} td.samples del{display:block;color:var(--del);max-width:28rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.9rem}
        .json{background:var(--soft);padding:.6rem;overflow:auto;max-height:24rem}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;padding:.6rem;background:var(--soft);border:1px solid var(--line);border-radius:8px}
        .filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
        .filters label.grow{flex:1;min-width:16rem}
        .filters select,.filters input{font:inherit;padding:.2rem .3rem;max-width:22rem}
        .pager{display:flex;gap:.4rem;align-items:center;margin:.6rem 0;flex-wrap:wrap}
        button{font:inherit;font-size:.85rem;padding:.15rem .6rem;border:1px solid #c5cad3;border-radius:5px;background:#fff;cursor:pointer}
        button:disabled{opacity:.45;cursor:default}
        details.record{scroll-margin-top:6.5rem;border:1px solid var(--line);border-radius:8px;margin:.45rem 0;background:#fff}
        details.record>summary{cursor:pointer;padding:.45rem .7rem;display:flex;flex-wrap:wrap;gap:.2rem .7rem;align-items:baseline}
        details.record[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
        .rid{font-weight:600;font:600 13px ui-monospace,monospace}
        .badge{font-size:.78rem;padding:0 .45rem;border-radius:9px;border:1px solid currentColor;white-space:nowrap}
        .badge.canonical{color:var(--ok)} .badge.duplicate{color:var(--dup)} .badge.rejected{color:var(--rej)}
        .record-body{padding:.6rem .9rem}
        .meta{margin:.1rem 0 .5rem}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.55 ui-serif,Georgia,serif;background:#fcfcfd;border:1px solid var(--line);border-radius:6px;padding:.7rem .9rem;max-height:42rem;overflow:auto}
        .rm{background:var(--delbg);border-radius:3px;box-shadow:inset 3px 0 0 var(--k,#a4262c)}
        .rm del{color:var(--del);text-decoration:line-through;text-decoration-thickness:1px}
        .rm-tag{display:inline-block;font:11px/1.4 system-ui,sans-serif;color:#fff;background:var(--k,#a4262c);border-radius:3px;padding:0 .35rem;margin:0 .3rem 0 .15rem;white-space:nowrap;vertical-align:1px;text-decoration:none}
        .rm.found{box-shadow:none;outline:1px dashed var(--k,#a4262c);outline-offset:-1px}
        .rm.k-whitespace{background:#eef0f3;box-shadow:none}
        .rm.hit{outline:2px solid #f2b705}
        table.removals{table-layout:fixed}
        table.removals th:nth-child(1){width:8rem} table.removals th:nth-child(2){width:13rem} table.removals th:nth-child(3){width:8.5rem}
        table.removals th:nth-child(4){width:9rem} table.removals th:nth-child(6){width:17rem}
        table.removals td{overflow-wrap:anywhere} table.removals td.rule{white-space:normal}
        .removals td del{color:var(--del);white-space:pre-wrap}
        .removals caption{text-align:left;color:var(--muted);padding:.4rem 0}
        .removals tr.hit td{background:#fff6d6}
        .cluster{border:1px solid var(--line);border-radius:8px;padding:.5rem .8rem;margin:.6rem 0}
        tr.is-canonical td{background:#f3faf5}
        table.matrix td,table.matrix th{font-size:.8rem;padding:.15rem .35rem}
        .diff-panel{scroll-margin-top:6.5rem;border:2px solid var(--accent);border-radius:8px;padding:.6rem .8rem;margin:1rem 0;background:#fff}
        .diff-columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
        .diff-columns .text{max-height:36rem}
        .diff-del{background:#fbdada;color:#8b1b1f;text-decoration:line-through}
        .diff-ins{background:#d7f2de;color:#135e2c;text-decoration:none}
        .warning{padding:.6rem;border:1px solid #e0b252;background:#fff8e6;border-radius:6px}
        #error-banner{position:fixed;bottom:0;left:0;right:0;background:#a4262c;color:#fff;padding:.6rem 1rem;z-index:10}
        @media (max-width:720px){.diff-columns{grid-template-columns:1fr}.charts{grid-template-columns:1fr}}
        """#
}
