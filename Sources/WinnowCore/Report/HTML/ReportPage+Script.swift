extension ReportPage {
    /// report.html's script (inline; its hash is in the page's CSP).
    ///
    /// It reads the embedded data (see ``ReportPageData``), draws the record,
    /// cluster and rejection lists a page at a time, each record's text with
    /// its removals struck through in place, the filters, the text search,
    /// the word diff of a duplicate against its canonical, and sorts the rule
    /// table. Article text only ever reaches the page as DOM text
    /// (`textContent`, `createTextNode`): the script never parses markup.
    static let scriptSource = #"""
        (() => {
        'use strict';
        const PAGE = 25, GROUP_PAGE = 20;
        const $ = (s, r = document) => r.querySelector(s);
        const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
        const fmt = n => Number(n).toLocaleString('en-US');
        const ALLOWED = new Set(['class', 'title', 'href', 'type', 'colspan', 'role', 'aria-label']);
        function el(tag, attrs, ...children) {
          const node = document.createElement(tag);
          if (attrs) for (const [k, v] of Object.entries(attrs)) {
            if (v === null || v === undefined || v === false) continue;
            if (k === 'data') { for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = String(dv); continue; }
            if (!ALLOWED.has(k)) throw new Error('attribute not allowed: ' + k);
            if (k === 'href' && !String(v).startsWith('#')) throw new Error('only in-page links');
            node.setAttribute(k, String(v));
          }
          for (const c of children) add(node, c);
          return node;
        }
        function add(node, c) {
          if (c === null || c === undefined || c === false) return;
          if (Array.isArray(c)) { for (const x of c) add(node, x); return; }
          node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
        }
        function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
        function fail(error) {
          document.body.dataset.state = 'error';
          let banner = $('#error-banner');
          if (!banner) { banner = el('div', {role: 'alert'}); banner.id = 'error-banner'; document.body.appendChild(banner); }
          banner.textContent = 'The report could not be drawn: ' + (error && error.message ? error.message : error);
          console.error(error);
        }
        window.addEventListener('error', e => fail(e.error || e.message));
        window.addEventListener('unhandledrejection', e => fail(e.reason));

        function fromBase64(text) {
          if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text.trim());
          const raw = atob(text.trim()), bytes = new Uint8Array(raw.length);
          for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
          return bytes;
        }
        async function unpack(node) {
          const stream = new Blob([fromBase64(node.textContent)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
          return JSON.parse(await new Response(stream).text());
        }

        let I, G, chunkNodes, ruleKeys, ruleNumbers, idToPos;
        const chunks = new Map();
        // A chunk numbers its rules on its own: map them to the index's.
        function loadChunk(c) {
          if (!chunks.has(c)) chunks.set(c, unpack(chunkNodes[c]).then(chunk => {
            const toIndex = chunk.rules.map(r => ruleNumbers.get(r.join('\u0000')));
            for (const d of chunk.records) for (const r of d.removals) r[1] = toIndex[r[1]];
            return chunk.records;
          }));
          return chunks.get(c);
        }
        async function detail(pos) { return (await loadChunk(Math.floor(pos / I.chunkSize)))[pos % I.chunkSize]; }
        const FATES = ['canonical', 'duplicate', 'rejected', 'earlier-night'];
        const ruleName = r => I.stages[I.rules[r][0]] + ' · ' + I.rules[r][1];
        const ruleKind = r => I.kinds[I.rules[r][2]];
        const recordLink = id => el('a', {href: '#record=' + encodeURIComponent(id), class: 'record-link'}, id);

        // Filters -------------------------------------------------------------
        const form = $('#filters');
        const state = {fate: '', kind: '', rule: '', source: '', q: '', textHits: null, searching: 0};
        let filtered = [], page = 0;
        function fillSelect(name, options) {
          const select = form.elements[name];
          for (const [value, label] of options) select.appendChild(el('option', null, label)).value = value;
        }
        function buildFilters() {
          const kinds = new Set(I.rules.map((r, i) => ruleKind(i)));
          fillSelect('kind', I.kinds.filter(k => kinds.has(k)).map(k => [k, k]));
          fillSelect('rule', I.rules.map((r, i) => [ruleKeys[i], ruleName(i)]).sort((a, b) => a[1].localeCompare(b[1])));
          fillSelect('source', I.sources.map((s, i) => [String(i), s]).sort((a, b) => a[1].localeCompare(b[1])));
          form.addEventListener('change', () => { readForm(); apply(); });
          let timer = 0;
          form.elements.q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { readForm(); state.textHits = null; apply(); }, 200); });
          form.addEventListener('submit', e => { e.preventDefault(); readForm(); searchTexts(); });
          $('#clear-filters').addEventListener('click', () => setFilter('', ''));
        }
        function readForm() {
          for (const k of ['fate', 'kind', 'rule', 'source']) state[k] = form.elements[k].value;
          const q = form.elements.q.value.trim().toLowerCase();
          if (q !== state.q) state.textHits = null;
          state.q = q;
        }
        function setFilter(kind, value) {
          form.reset();
          state.textHits = null;
          if (kind === 'source') value = String(I.sources.indexOf(value));
          if (kind && form.elements[kind]) form.elements[kind].value = value;
          readForm();
          apply();
        }
        function matches(pos) {
          if (state.fate && FATES[I.fate[pos]] !== state.fate) return false;
          if (state.source !== '' && String(I.source[pos]) !== state.source) return false;
          if (state.rule && !I.ruleSets[pos].some(r => ruleKeys[r] === state.rule)) return false;
          if (state.kind && !I.ruleSets[pos].some(r => ruleKind(r) === state.kind)) return false;
          if (state.q) {
            if (state.textHits) return state.textHits.has(pos);
            const title = I.title[pos] || '';
            return I.id[pos].toLowerCase().includes(state.q) || title.toLowerCase().includes(state.q);
          }
          return true;
        }
        function apply(keepPage) {
          filtered = [];
          for (let i = 0; i < I.id.length; i++) if (matches(i)) filtered.push(i);
          if (!keepPage) page = 0;
          renderRecords();
        }
        async function searchTexts() {
          const q = state.q, ticket = ++state.searching;
          if (!q) { state.textHits = null; apply(); return; }
          const hits = new Set();
          for (let c = 0; c < chunkNodes.length; c++) {
            const records = await loadChunk(c);
            if (ticket !== state.searching) return;
            records.forEach((d, k) => {
              const pos = c * I.chunkSize + k;
              const title = I.title[pos] || '';
              if (I.id[pos].toLowerCase().includes(q) || title.toLowerCase().includes(q) ||
                  (d.text && d.text.toLowerCase().includes(q)) ||
                  d.removals.some(r => typeof r[7] === 'string' && r[7].toLowerCase().includes(q))) hits.add(pos);
            });
            $('#record-status').textContent = 'Searching the texts… ' + fmt(Math.min(I.id.length, (c + 1) * I.chunkSize)) + ' of ' + fmt(I.id.length) + ' records';
            await new Promise(r => setTimeout(r, 0));
          }
          state.textHits = hits;
          apply();
        }

        // Records -------------------------------------------------------------
        function fateBadge(pos) {
          const fate = FATES[I.fate[pos]];
          return el('span', {class: 'badge ' + fate}, fate === 'duplicate' ? 'duplicate · ' + I.similarity[pos] : fate);
        }
        function renderRecords() {
          const list = $('#record-list');
          clear(list);
          const pages = Math.max(1, Math.ceil(filtered.length / PAGE));
          page = Math.min(page, pages - 1);
          const first = page * PAGE, shown = filtered.slice(first, first + PAGE);
          const total = I.id.length;
          $('#record-status').textContent = filtered.length === 0 ? 'No record matches.' :
            'Records ' + fmt(first + 1) + '–' + fmt(first + shown.length) + ' of ' + fmt(filtered.length) +
            (filtered.length !== total ? ' matching (of ' + fmt(total) + ')' : '') +
            (state.q && !state.textHits ? ' · ids and titles only: press Enter to search the texts' : '');
          for (const pos of shown) list.appendChild(recordSummary(pos));
          pager($('#pager'), page, pages, p => { page = p; renderRecords(); $('#records').scrollIntoView(); });
        }
        function recordSummary(pos) {
          const box = el('details', {class: 'record'});
          box.id = 'record-' + pos;
          const n = I.removals[pos];
          box.appendChild(el('summary', null,
            el('span', {class: 'rid'}, I.id[pos]),
            I.title[pos] ? el('span', null, I.title[pos]) : null,
            fateBadge(pos),
            I.source[pos] >= 0 ? el('span', {class: 'muted'}, I.sources[I.source[pos]]) : null,
            el('span', {class: 'muted'}, n === 0 ? 'nothing removed' : fmt(n) + (n === 1 ? ' removal · ' : ' removals · ') + fmt(I.removed[pos]) + ' characters')));
          box.addEventListener('toggle', () => { if (box.open && !box.dataset.drawn) { box.dataset.drawn = '1'; drawRecord(pos, box).catch(fail); } });
          return box;
        }
        async function drawRecord(pos, box) {
          const d = await detail(pos);
          const body = el('div', {class: 'record-body'});
          const meta = el('p', {class: 'meta'}, 'Input ', el('code', null, d.input), ' · ');
          const fate = FATES[I.fate[pos]];
          if (fate === 'canonical') {
            add(meta, 'kept as canonical');
            if (d.duplicates.length) add(meta, [' · folded into it: ', d.duplicates.flatMap((id, k) => [k ? ', ' : '', recordLink(id)])]);
          } else if (fate === 'duplicate') {
            add(meta, ['duplicate of ', recordLink(d.duplicateOf), ' (estimated similarity ' + I.similarity[pos] + ') ',
              el('button', {type: 'button', class: 'diff-button', data: {a: d.duplicateOf, b: I.id[pos]}}, 'Diff with canonical')]);
          } else if (fate === 'earlier-night') {
            add(meta, 'duplicate of ' + d.duplicateOf + ' of night ' + d.night + ' (estimated similarity ' + I.similarity[pos] + '; see duplicates.jsonl)');
          } else {
            add(meta, el('b', {class: 'badge rejected'}, 'rejected'));
            add(meta, ' ' + (d.rejectedAt === null ? 'when it was read' : 'by stage ' + d.rejectedAt + '. ' + I.stages[d.rejectedAt]) + ': ' + d.reason);
          }
          body.appendChild(meta);
          const removals = d.text === null ? d.removals : locate(d.text, d.removals);
          const placed = removals.filter(r => r[2] >= 0).length, found = removals.filter(r => r.found).length;
          if (removals.length) body.appendChild(el('p', {class: 'muted small'}, fmt(removals.length) + ' removals: ' + fmt(placed) + ' struck through in place' +
            (found ? ' (' + fmt(found) + ' of them, marked \u2248, found by their text because their stage does not record positions yet)' : '') +
            (placed < removals.length ? ', ' + fmt(removals.length - placed) + ' listed under the text only' : '') + '.'));
          if (d.text === null) body.appendChild(el('p', {class: 'muted'}, 'No text: the record never became text.'));
          else body.appendChild(textView(d.text, removals));
          if (removals.length) body.appendChild(removalsTable(removals));
          box.appendChild(body);
        }
        function removalTitle(r) {
          return 'stage ' + r[0] + '. ' + I.stages[r[0]] + ' · rule ' + I.rules[r[1]][1] + ' · ' + ruleKind(r[1]) + ' · ' + fmt(r[4]) + ' characters' + (r[6] >= 0 ? ' · line ' + r[6] : '') + (r[9] ? ' · ' + r[9] : '');
        }
        function isHit(r) {
          return (state.rule && ruleKeys[r[1]] === state.rule) || (state.kind && ruleKind(r[1]) === state.kind);
        }
        function removedSpan(r, text, tagged) {
          const kind = ruleKind(r[1]);
          const span = el('span', {class: 'rm k-' + kind + (isHit(r) ? ' hit' : '') + (r.found ? ' found' : ''), title: removalTitle(r) + (r.found ? ' · found by its text: the stage did not record where it was' : ''), data: {rule: I.rules[r[1]][1], stage: I.stages[r[0]], kind}});
          if (tagged && kind !== 'whitespace') span.appendChild(el('span', {class: 'rm-tag'}, (r.found ? '\u2248 ' : '') + I.stages[r[0]] + ' · ' + I.rules[r[1]][1]));
          span.appendChild(el('del', null, text));
          return span;
        }
        // A removal without a position whose whole text is a line (or lines)
        // of the original, found there exactly once and clear of every other
        // removal, is shown there too, marked as found by its text.
        function locate(text, removals) {
          const taken = removals.filter(r => r[2] >= 0).map(r => [r[2], r[3]]);
          const free = (a, b) => taken.every(([x, y]) => b <= x || a >= y);
          const lineEdges = (a, b) => {
            const before = text.slice(text.lastIndexOf('\n', a - 1) + 1, a);
            const lineEnd = text.indexOf('\n', b);
            const after = text.slice(b, lineEnd < 0 ? text.length : lineEnd);
            return before.trim() === '' && after.trim() === '';
          };
          return removals.map(r => {
            const t = r[7];
            if (r[2] >= 0 || typeof t !== 'string' || !t.trim() || r[8] || r[5] < 1) return r;
            const at = text.indexOf(t);
            if (at < 0 || text.indexOf(t, at + 1) >= 0 || !lineEdges(at, at + t.length) || !free(at, at + t.length)) return r;
            taken.push([at, at + t.length]);
            const copy = r.slice();
            copy[2] = at;
            copy[3] = at + t.length;
            copy.found = true;
            return copy;
          });
        }
        // The text with every placed removal struck through where it was. A
        // removal a later stage mapped across an earlier one can contain it;
        // each character belongs to the earliest stage's removal covering it.
        function textView(text, removals) {
          const view = el('div', {class: 'text'});
          const placed = removals.filter(r => r[2] >= 0);
          const cuts = new Set([0, text.length]);
          for (const r of placed) { cuts.add(Math.min(r[2], text.length)); cuts.add(Math.min(r[3], text.length)); }
          const points = [...cuts].sort((a, b) => a - b);
          const empties = placed.filter(r => r[2] === r[3] && ruleKind(r[1]) !== 'whitespace');
          let last = null, run = '';
          const flush = () => {
            if (!run) return;
            if (last === null) view.appendChild(document.createTextNode(run));
            else view.appendChild(removedSpan(last, run, true));
            run = '';
          };
          for (let p = 0; p < points.length; p++) {
            const a = points[p];
            for (const r of empties) if (r[2] === a) { flush(); last = null; view.appendChild(removedSpan(r, '', true)); }
            if (p === points.length - 1) break;
            const b = points[p + 1];
            let owner = null;
            for (const r of placed) {
              if (r[2] <= a && r[3] >= b && r[2] < r[3] &&
                  (owner === null || r[0] < owner[0] || (r[0] === owner[0] && r[3] - r[2] < owner[3] - owner[2]))) owner = r;
            }
            if (owner !== last) { flush(); last = owner; }
            run += text.slice(a, b);
          }
          flush();
          return view;
        }
        const KINDS = {
          'markup': 'markup that is not text: scripts, styles, hidden elements, stray tags',
          'page-chrome': 'a page block outside the article: navigation, teasers, comments, link lists, cookie banners',
          'advertisement': 'an ad marker or sponsored unit',
          'embed': 'a video or audio embed, player or duration',
          'related-links': 'a \u201cRead more\u201d or \u201cRelated\u201d heading or a link under one',
          'caption': 'a photo caption, credit, gallery or alt text',
          'furniture': 'a share, comment, newsletter, subscribe, print or taxonomy prompt',
          'credit': 'a copyright or outlet credit line',
          'foreign-footer': 'a footer in another language or script than the article',
          'site-template': 'a line the site repeats on many of its articles, learned from this batch',
          'user-rule': 'a rule from the pipeline configuration',
          'whitespace': 'whitespace or invisible characters'};
        function removalsTable(removals) {
          const placed = removals.filter(r => r[2] >= 0).length;
          return el('table', {class: 'removals'},
            el('caption', null, 'Every removal, in pipeline order' + (placed < removals.length ? '; those without a position in the text (their stage does not record where they were yet) show their text here' : '') + ':'),
            el('thead', null, el('tr', null, el('th', null, 'Stage'), el('th', null, 'Rule'), el('th', null, 'Kind'), el('th', null, 'Where'), el('th', null, 'Removed'), el('th', null, 'Why'))),
            el('tbody', null, removals.map(r => {
              const kind = ruleKind(r[1]), inPlace = r[2] >= 0;
              return el('tr', {class: isHit(r) ? 'hit' : null},
                el('td', null, r[0] + '. ' + I.stages[r[0]]), el('td', {class: 'rule'}, I.rules[r[1]][1]),
                el('td', null, el('span', {class: 'kind k-' + kind}, kind)),
                el('td', {class: 'small'}, inPlace ? (r.found ? 'struck through above, found by its text' : 'struck through above') : (r[6] >= 0 ? 'line ' + r[6] + ' of the stage\u2019s input' : 'not known')),
                el('td', null, inPlace ? el('span', {class: 'muted'}, fmt(r[4]) + ' characters') :
                  r[7] ? [el('del', null, r[7]), r[8] ? el('span', {class: 'muted'}, ' (' + fmt(r[4]) + ' characters in all)') : null]
                       : el('span', {class: 'muted'}, fmt(r[4]) + ' characters (not shown)')),
                el('td', {class: 'small'}, (KINDS[kind] || kind) + (r[9] ? '; ' + r[9] : '')));
            })));
        }
        function pager(nav, current, pages, go) {
          clear(nav);
          if (pages <= 1) return;
          const button = (label, target) => { const b = el('button', {type: 'button'}, label); b.disabled = target === current || target < 0 || target >= pages; b.addEventListener('click', () => go(target)); return b; };
          add(nav, [button('« first', 0), button('‹ previous', current - 1), el('span', {class: 'muted'}, 'page ' + fmt(current + 1) + ' of ' + fmt(pages)), button('next ›', current + 1), button('last »', pages - 1)]);
        }
        async function openRecord(id) {
          const pos = idToPos.get(id);
          if (pos === undefined) return;
          if (!matches(pos)) setFilter('', '');
          page = Math.floor(filtered.indexOf(pos) / PAGE);
          renderRecords();
          const box = document.getElementById('record-' + pos);
          box.open = true;
          box.dataset.drawn = '1';
          await drawRecord(pos, box);
          box.scrollIntoView({block: 'start'});
        }

        // Clusters, rejections, diff -------------------------------------------
        let clusterPage = 0, rejectedPage = 0;
        function renderClusters() {
          const list = $('#cluster-list');
          clear(list);
          const pages = Math.ceil(G.clusters.length / GROUP_PAGE);
          G.clusters.slice(clusterPage * GROUP_PAGE, (clusterPage + 1) * GROUP_PAGE).forEach((c, k) => {
            const [canonical, criterion, reason, members] = c;
            const number = clusterPage * GROUP_PAGE + k + 1;
            const rows = members.map(([id, similarity, centrality, containment, bands, agreements, verdict]) => {
              const isCanonical = id === canonical;
              return el('tr', {class: isCanonical ? 'is-canonical' : null},
                el('td', null, recordLink(id), isCanonical ? [' ', el('span', {class: 'badge canonical'}, 'canonical')] : null),
                el('td', {class: 'num'}, isCanonical ? '' : similarity.toFixed(3)),
                el('td', {class: 'num'}, containment === undefined ? '' : containment.toFixed(3)),
                el('td', {class: 'num'}, bands === undefined ? '' : fmt(bands)),
                el('td', {class: 'num'}, agreements === undefined ? '' : fmt(agreements)),
                el('td', {class: 'num'}, centrality.toFixed(3)),
                el('td', {class: 'small'}, verdict || ''),
                el('td', null, isCanonical ? null : el('button', {type: 'button', class: 'diff-button', data: {a: canonical, b: id}}, 'Diff with canonical')));
            });
            list.appendChild(el('div', {class: 'cluster'},
              el('h3', null, 'Cluster ' + fmt(number) + ' · ' + members.length + ' records'),
              el('p', null, 'Canonical ', recordLink(canonical), ', chosen by ', el('b', null, criterion), ': ' + reason + '.'),
              el('table', null, el('thead', null, el('tr', null, el('th', null, 'Record'), el('th', {class: 'num'}, 'Jaccard to canonical'),
                el('th', {class: 'num'}, 'Containment'), el('th', {class: 'num'}, 'Shared bands'), el('th', {class: 'num'}, 'Agreeing hashes'),
                el('th', {class: 'num'}, 'Centrality'), el('th', null, 'Verdict'), el('th'))), el('tbody', null, rows))));
          });
          if (!G.clusters.length) list.appendChild(el('p', {class: 'muted'}, 'No near-duplicates were found.'));
          pager($('#cluster-pager'), clusterPage, pages, p => { clusterPage = p; renderClusters(); $('#clusters').scrollIntoView(); });
        }
        function renderRejected() {
          const list = $('#rejected-list');
          clear(list);
          if (!G.rejected.length) { list.appendChild(el('p', {class: 'muted'}, 'No record was rejected.')); return; }
          const pages = Math.ceil(G.rejected.length / PAGE);
          list.appendChild(el('table', null,
            el('thead', null, el('tr', null, el('th', null, 'Record'), el('th', null, 'Input'), el('th', null, 'Stage'), el('th', null, 'Reason'))),
            el('tbody', null, G.rejected.slice(rejectedPage * PAGE, (rejectedPage + 1) * PAGE).map(([pos, stage, reason, input]) =>
              el('tr', null, el('td', null, recordLink(I.id[pos])), el('td', null, el('code', null, input)),
                el('td', null, stage >= 0 ? stage + '. ' + I.stages[stage] : 'reading the input'), el('td', null, reason))))));
          pager($('#rejected-pager'), rejectedPage, pages, p => { rejectedPage = p; renderRejected(); });
        }
        function words(text) { return text.split(/(\s+)/).filter(t => t.length); }
        // Myers' O(ND) diff of two word lists: for each word, whether it is
        // shared (0), only in a (-1) or only in b (+1).
        function diffWords(a, b) {
          const n = a.length, m = b.length, max = n + m, limit = 4000;
          const trace = [];
          let v = new Map([[1, 0]]);
          for (let d = 0; d <= Math.min(max, limit); d++) {
            const next = new Map();
            for (let k = -d; k <= d; k += 2) {
              let x = (k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1))) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
              let y = x - k;
              while (x < n && y < m && a[x] === b[y]) { x++; y++; }
              next.set(k, x);
              if (x >= n && y >= m) {
                trace.push(next);
                return backtrack(trace, a, b);
              }
            }
            trace.push(next);
            v = next;
          }
          return null;
        }
        function backtrack(trace, a, b) {
          const ops = [];
          let x = a.length, y = b.length;
          for (let d = trace.length - 1; d > 0; d--) {
            const v = trace[d - 1], k = x - y;
            const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
            const pk = down ? k + 1 : k - 1, px = v.get(pk) ?? 0, py = px - pk;
            while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) { ops.push([0, x - 1, y - 1]); x--; y--; }
            if (down) { ops.push([1, -1, y - 1]); y--; } else { ops.push([-1, x - 1, -1]); x--; }
          }
          while (x > 0 && y > 0) { ops.push([0, x - 1, y - 1]); x--; y--; }
          return ops.reverse();
        }
        async function showDiff(aId, bId) {
          const panel = $('#diff-panel');
          clear(panel);
          panel.hidden = false;
          const [a, b] = await Promise.all([detail(idToPos.get(aId)), detail(idToPos.get(bId))]);
          const close = el('button', {type: 'button'}, 'Close');
          close.addEventListener('click', () => { panel.hidden = true; clear(panel); });
          panel.appendChild(el('h3', null, 'Diff: canonical ', recordLink(aId), ' against ', recordLink(bId), ' ', close));
          if (typeof a.cleaned !== 'string' || typeof b.cleaned !== 'string') {
            panel.appendChild(el('p', {class: 'muted'}, 'This report does not carry the cleaned texts of these records.'));
            panel.scrollIntoView(); return;
          }
          const ta = words(a.cleaned), tb = words(b.cleaned);
          const wa = ta.filter(t => !/^\s/.test(t)), wb = tb.filter(t => !/^\s/.test(t));
          const ops = diffWords(wa, wb);
          const onlyA = new Set(), onlyB = new Set();
          if (ops) for (const [op, i, j] of ops) { if (op < 0) onlyA.add(i); else if (op > 0) onlyB.add(j); }
          const column = (tokens, only, cls) => {
            const view = el('div', {class: 'text'});
            let w = 0;
            for (const t of tokens) {
              if (/^\s/.test(t)) { view.appendChild(document.createTextNode(t)); continue; }
              view.appendChild(only.has(w) ? el(cls === 'diff-del' ? 'del' : 'ins', {class: cls}, t) : document.createTextNode(t));
              w++;
            }
            return view;
          };
          panel.appendChild(el('p', {class: 'muted'}, ops === null ? 'The texts differ too much to align word by word.' :
            'The cleaned texts dedup compared, word by word: ' + fmt(wa.length - onlyA.size) + ' words shared, ' + fmt(onlyA.size) + ' only in the canonical (struck), ' + fmt(onlyB.size) + ' only in the duplicate (green).'));
          panel.appendChild(el('div', {class: 'diff-columns'},
            el('div', null, el('h4', null, 'Canonical ', aId), column(ta, onlyA, 'diff-del')),
            el('div', null, el('h4', null, 'Duplicate ', bId), column(tb, onlyB, 'diff-ins'))));
          panel.scrollIntoView();
        }

        // Rule table, charts, links -------------------------------------------
        function sortable(table) {
          $$('th[data-sort]', table).forEach((th, column) => th.addEventListener('click', () => {
            const descending = th.getAttribute('aria-sort') !== 'descending';
            $$('th[data-sort]', table).forEach(h => h.removeAttribute('aria-sort'));
            th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            const body = table.tBodies[0], numeric = th.dataset.sort === 'number';
            const key = row => { const cell = row.cells[column]; return numeric ? Number(cell.dataset.value) : (cell.dataset.value ?? cell.textContent); };
            const rows = Array.from(body.rows).sort((x, y) => {
              const a = key(x), b = key(y);
              const order = numeric ? a - b : String(a).localeCompare(String(b), 'en', {numeric: true});
              return descending ? -order : order;
            });
            for (const row of rows) body.appendChild(row);
          }));
        }
        function route() {
          const hash = decodeURIComponent(location.hash.slice(1));
          if (hash.startsWith('record=')) return openRecord(hash.slice(7));
          // A section link opened before the lists were drawn: scroll again.
          const section = hash && document.getElementById(hash);
          if (section && section.tagName.toLowerCase() === 'section') section.scrollIntoView();
          return Promise.resolve();
        }
        document.addEventListener('click', e => {
          const filter = e.target.closest('[data-filter]');
          if (filter) {
            setFilter(filter.dataset.filter, filter.dataset.value);
            if (filter.tagName.toLowerCase() !== 'a') $('#records').scrollIntoView();
            return;
          }
          const diff = e.target.closest('button.diff-button');
          if (diff) showDiff(diff.dataset.a, diff.dataset.b).catch(fail);
        });
        window.addEventListener('hashchange', () => route().catch(fail));

        async function start() {
          [I, G] = await Promise.all([unpack($('#winnow-index')), unpack($('#winnow-groups'))]);
          chunkNodes = $$('script.winnow-chunk');
          ruleKeys = I.rules.map(r => r[0] + ':' + r[1]);
          ruleNumbers = new Map(I.rules.map((r, i) => [r.join('\u0000'), i]));
          idToPos = new Map(I.id.map((id, i) => [id, i]));
          buildFilters();
          apply();
          renderClusters();
          renderRejected();
          $$('table.sortable').forEach(sortable);
          await route();
          document.body.dataset.renderMs = String(Math.round(performance.now()));
          document.body.dataset.state = 'ready';
        }
        start().catch(fail);
        })();
        """#
}
