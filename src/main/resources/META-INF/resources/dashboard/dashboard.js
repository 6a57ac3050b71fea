// The dashboard at /: reads only the public JSON API under api/v1, one request per panel (never one per division).
'use strict';

(() => {
    const API = new URL('api/v1/', document.baseURI);
    // The disclosure regulations took effect in 2008: no report covers an earlier year.
    const FIRST_YEAR = 2008;
    // A report for year Y is published early in Y + 1.
    const LAST_YEAR = new Date().getFullYear() - 1;
    const CHILD_LEVEL = {country: 'province', province: 'prefecture', prefecture: 'county'};
    const UNIT_WORDS = {province: 'provinces', prefecture: 'prefectures', county: 'counties'};
    const SECTIONS = ['proactive', 'requests', 'appeals', 'fees', 'responses', 'interaction', 'capacity', 'power', 'web',
        'complaints', 'derived'];
    const DEFAULT_METRIC = 'pro.items';

    const $ = (id) => document.getElementById(id);

    // This script runs before ECharts (both deferred, in that order) so that the API is asked at once; the charts are
    // drawn once ECharts has run too, which every deferred script has by DOMContentLoaded.
    const echartsReady = new Promise((resolve) => {
        if (window.echarts) resolve();
        else document.addEventListener('DOMContentLoaded', resolve, {once: true});
    });

    /** Builds an element; text children are text nodes, so names from the API never become markup. */
    function h(tag, attrs, ...children) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs || {})) {
            if (v == null || v === false) continue;
            if (k === 'class') el.className = v;
            else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
            else if (k === 'dataset') Object.assign(el.dataset, v);
            else el.setAttribute(k, v === true ? '' : v);
        }
        for (const c of children.flat()) {
            if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
        }
        return el;
    }

    class ApiError extends Error {
        constructor(message, status, parameter) {
            super(message);
            this.status = status;
            this.parameter = parameter;
        }
    }

    function apiUrl(path, params) {
        const url = new URL(path, API);
        for (const [k, v] of Object.entries(params || {})) {
            for (const x of [].concat(v)) {
                if (x != null && x !== '') url.searchParams.append(k, x);
            }
        }
        return url;
    }

    async function api(path, params, accept = 'application/json') {
        const url = apiUrl(path, params);
        let res;
        try {
            res = await fetch(url, {headers: {Accept: accept}});
        } catch (e) {
            throw new ApiError(`The service did not answer (${e.message}).`, 0);
        }
        if (!res.ok) {
            let problem = null;
            try {
                problem = await res.json();
            } catch (ignored) {
                // not a problem document: the status line is all there is
            }
            const what = problem && (problem.detail || problem.title);
            throw new ApiError(what ? `${what} (${res.status})` : `The service answered ${res.status} ${res.statusText}.`,
                res.status, problem && problem.parameter);
        }
        return accept === 'application/json' ? res.json() : res.text();
    }

    // ---- Shapes: the API is moving from flat codes to division objects and {items} lists; read both. ----

    function divisionOf(row) {
        const d = row.division;
        if (d && typeof d === 'object') return d;
        return {code: d, name: row.divisionName, level: row.level};
    }

    function rowsOf(answer) {
        return answer.rows || answer.items || answer.points || [];
    }

    /** The rows of an answer asked for with shape=columns (one array per field, nested names dotted). */
    function rowsFromColumns(answer) {
        if (!answer.columns) return rowsOf(answer);
        const keys = Object.keys(answer.columns);
        const n = keys.length ? answer.columns[keys[0]].length : 0;
        const paths = keys.map((k) => k.split('.'));
        const rows = [];
        for (let i = 0; i < n; i++) {
            const row = {};
            keys.forEach((k, j) => {
                let o = row;
                for (const part of paths[j].slice(0, -1)) o = (o[part] ??= {});
                o[paths[j][paths[j].length - 1]] = answer.columns[k][i];
            });
            rows.push(row);
        }
        return rows;
    }

    function validIn(period, year) {
        return (period.validFrom == null || period.validFrom <= year) && (period.validTo == null || period.validTo >= year);
    }

    function listOf(answer) {
        return Array.isArray(answer) ? answer : (answer.items || []);
    }

    function coverageOf(row) {
        const c = row.coverage || row;
        return {have: c.contributingUnits, of: c.expectedUnits};
    }

    function unrankedOf(entry, names) {
        if (typeof entry === 'string') return {division: {code: entry, name: names.get(entry) || entry}, reason: 'no value'};
        return {division: divisionOf(entry), reason: entry.reason};
    }

    // ---- State, kept in the URL so that a view can be linked. ----

    const state = {division: null, metric: DEFAULT_METRIC, from: null, to: null, year: null};

    function readUrl() {
        const q = new URLSearchParams(location.search);
        state.division = q.get('division') || null;
        state.metric = q.get('metric') || DEFAULT_METRIC;
        state.from = intOrNull(q.get('from'));
        state.to = intOrNull(q.get('to'));
        state.year = intOrNull(q.get('year'));
    }

    function writeUrl(push) {
        const q = new URLSearchParams();
        if (state.division) q.set('division', state.division);
        q.set('metric', state.metric);
        if (state.from != null) q.set('from', state.from);
        if (state.to != null) q.set('to', state.to);
        if (state.year != null) q.set('year', state.year);
        const url = `${location.pathname}?${q}`;
        if (url !== location.pathname + location.search) {
            history[push ? 'pushState' : 'replaceState'](null, '', url);
        }
    }

    function intOrNull(s) {
        const n = Number.parseInt(s, 10);
        return Number.isFinite(n) ? n : null;
    }

    // ---- Formatting ----

    const numberFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 4});

    function formatValue(v, approximate) {
        if (v == null) return '—';
        return (approximate ? '≈' : '') + numberFormat.format(Number(v));
    }

    // Coverage describes a computed total; a reported aggregate stands for the whole division whatever reported below it.
    function coverageText(row, level) {
        if (row.method !== 'computed') return '';
        const {have, of} = coverageOf(row);
        if (of == null || of === 0) return '';
        const words = UNIT_WORDS[CHILD_LEVEL[level]] || 'units';
        return `${have ?? 0} of ${of} ${words}`;
    }

    function methodText(row) {
        switch (row.method) {
            case 'reported': return 'reported by its own aggregate report';
            case 'computed': return 'computed from the reports below it';
            case 'derived': return 'derived from its parts';
            default: return row.method || '';
        }
    }

    function gapText(row) {
        return row.gap || row.note || 'nothing stated';
    }

    // Coverage fades a computed value; a reported aggregate covers its division by definition.
    function opacityOf(row) {
        if (row.method !== 'computed') return 1;
        const {have, of} = coverageOf(row);
        if (!of) return 1;
        return 0.45 + 0.55 * Math.min(1, (have || 0) / of);
    }

    const HATCH = {symbol: 'rect', symbolSize: 1, rotation: Math.PI / 4, dashArrayX: [1, 0], dashArrayY: [3, 4],
        color: 'rgba(255,255,255,0.55)'};

    // ---- Catalogue and division pickers ----

    let metrics = new Map();

    async function loadCatalogue() {
        const [list, families] = await Promise.all([
            api('metrics').then(listOf),
            // Families link the metrics of the legacy, 2019 and 2021 editions; a service without them still has metrics.
            api('metrics/families').then(listOf).catch((e) => (e.status === 404 ? [] : Promise.reject(e))),
        ]);
        metrics = new Map(list.map((m) => [m.code, m]));
        for (const f of families) metrics.set(f.code, {...f, section: 'family'});
        const select = $('metric-select');
        select.replaceChildren();
        if (families.length) {
            select.append(h('optgroup', {label: 'families across editions'}, families.map((f) =>
                h('option', {value: f.code, title: f.description || ''},
                    `${f.nameZh} · ${f.members.map((m) => m.metric).join(' → ')}`))));
        }
        const bySection = new Map();
        for (const m of list) {
            const s = m.section || 'other';
            if (!bySection.has(s)) bySection.set(s, []);
            bySection.get(s).push(m);
        }
        const order = [...bySection.keys()].sort((a, b) => rank(a) - rank(b));
        for (const s of order) {
            select.append(h('optgroup', {label: s}, bySection.get(s).map((m) =>
                h('option', {value: m.code, title: m.nameEn || ''},
                    `${m.nameZh} · ${m.code}${m.editions ? ` (${m.editions.join('/')})` : ''}`))));
        }
        function rank(s) {
            const i = SECTIONS.indexOf(s);
            return i < 0 ? SECTIONS.length : i;
        }
    }

    /** The catalogue metrics behind the chosen code: a family's members, or the metric itself. */
    function statedMetrics(code) {
        const m = metrics.get(code);
        return m && m.members ? m.members.map((x) => x.metric) : [code];
    }

    let searchTimer = null;
    let searchSeq = 0;

    function setupDivisionSearch() {
        const input = $('division-search');
        const results = $('division-results');
        input.addEventListener('input', () => {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(() => search(input.value.trim()), 200);
        });
        input.addEventListener('keydown', (e) => {
            if (e.key === 'Escape') results.hidden = true;
            if (e.key === 'Enter') {
                const first = results.querySelector('li button');
                if (first) first.click();
            }
        });
        document.addEventListener('click', (e) => {
            if (!$('division-picker').contains(e.target)) results.hidden = true;
        });

        async function search(q) {
            const seq = ++searchSeq;
            if (!q) {
                results.hidden = true;
                return;
            }
            try {
                const list = /^\d{6}$/.test(q) ? [(await api(`divisions/${q}`)).division] : listOf(await api('divisions', {q}));
                if (seq !== searchSeq) return;
                results.replaceChildren(...list.slice(0, 30).map((d) => h('li', {},
                    h('button', {type: 'button', dataset: {code: d.code}, onclick: () => choose(d.code)},
                        h('span', {class: 'name'}, d.name), ' ',
                        h('span', {class: 'meta'}, `${d.level} · ${d.code}${validity(d)}`)))));
                if (!list.length) results.append(h('li', {class: 'empty'}, `No division matches “${q}”.`));
                results.hidden = false;
            } catch (e) {
                if (seq !== searchSeq) return;
                results.replaceChildren(h('li', {class: 'empty'}, e.message));
                results.hidden = false;
            }
        }

        function choose(code) {
            results.hidden = true;
            input.value = '';
            state.division = code;
            state.year = null;
            update(true);
        }
    }

    function validity(d) {
        if (d.validFrom == null && d.validTo == null) return '';
        return ` · ${d.validFrom ?? '…'}–${d.validTo ?? ''}`;
    }

    // ---- Loading one view ----

    let generation = 0;
    const charts = {};

    function chart(id) {
        if (!charts[id]) {
            charts[id] = echarts.init($(id), null, {renderer: 'canvas'});
            window.addEventListener('resize', () => charts[id].resize());
        }
        return charts[id];
    }

    function message(text, kind) {
        const m = $('message');
        m.textContent = text || '';
        m.className = `message ${kind || ''}`;
        m.hidden = !text;
    }

    async function update(push) {
        const gen = ++generation;
        document.documentElement.dataset.state = 'loading';
        writeUrl(push);
        message('');
        try {
            await render(gen);
        } catch (e) {
            if (gen !== generation) return;
            message(e instanceof ApiError ? e.message : `The page failed: ${e.message}`, 'error');
            console.error(e);
        }
        if (gen === generation) {
            document.documentElement.dataset.state = 'ready';
            if (window.dashboardFirstReadyMs == null) window.dashboardFirstReadyMs = performance.now();
        }
    }

    async function render(gen) {
        const from = state.from ?? FIRST_YEAR;
        const to = state.to ?? LAST_YEAR;
        if (from > to) throw new ApiError(`The first year ${from} is after the last year ${to}.`, 400, 'yearFrom');

        // Every request of a view is made at once, and each answer is sized for a chart: the totals leave out the rows
        // where nothing is stated (the children list, with each child's years, tells a gap from "not a division that
        // year") and come as columns. The level read from the code's zeros is right for almost every code; when the
        // division says otherwise, the data is asked for again.
        const guessed = state.division ? levelFromCode(state.division) : 'country';
        const fetchData = (level) => {
            const childLevel = CHILD_LEVEL[level];
            const totalsParams = childLevel && {metric: state.metric, by: childLevel, within: state.division, yearFrom: from, yearTo: to};
            return Promise.all([
                totalsParams ? api('aggregates/totals', {...totalsParams, empty: 'omit', shape: 'columns'}).then(rowsFromColumns) : [],
                state.division ? api('series', {metric: state.metric, division: state.division, yearFrom: from, yearTo: to})
                    : api('series/national', {metric: state.metric, yearFrom: from, yearTo: to}),
                childLevel ? api('divisions', state.division ? {parent: state.division} : {level: 'province'}).then(listOf) : [],
            ]).then(([rows, series, periods]) => ({childLevel, totalsParams, rows, series, periods}));
        };
        let [here, , data] = await Promise.all([
            state.division ? api(`divisions/${encodeURIComponent(state.division)}`, {year: state.to ?? LAST_YEAR}).then((x) => x.division) : null,
            catalogue,
            fetchData(guessed),
            echartsReady,
        ]);
        if (gen !== generation) return;
        const level = here ? here.level : 'country';
        if (level !== guessed) {
            data = await fetchData(level);
            if (gen !== generation) return;
        }
        const {childLevel, totalsParams, series} = data;
        const metric = metrics.get(state.metric);
        if (!metric) throw new ApiError(`Unknown metric ${state.metric}: pick one from the list.`, 404, 'metric');
        $('metric-select').value = state.metric;

        const rows = data.rows.filter((r) => divisionOf(r).code !== state.division);
        const points = rowsOf(series);
        let years = range(from, to);
        if (state.from == null || state.to == null) {
            years = trimYears(years, rows, points, state.from, state.to);
        }
        $('year-from').value = years[0];
        $('year-to').value = years[years.length - 1];

        const name = here ? here.name : '全国';
        const label = `${metric.nameZh} (${metric.unit})`;
        renderBreadcrumb(here, years[years.length - 1]);

        const stated = rows.some((r) => r.total != null) || points.some((p) => p.value != null);
        if (!stated) {
            message(`No report states ${metric.nameZh} (${metric.code}) for ${name} or below it in ${from}–${to}.`, 'empty');
        }

        const yearsWithFigures = years.filter((y) => rows.some((r) => r.year === y && r.total != null));
        const year = state.year ?? (yearsWithFigures.length ? yearsWithFigures[yearsWithFigures.length - 1] : years[years.length - 1]);
        // Asked for before the charts are drawn, so that the request and the drawing overlap.
        const ranking = childLevel ? api('rankings', {metric: state.metric, year, within: state.division, by: childLevel, limit: 500}) : null;
        ranking?.catch(() => {}); // its error is reported where it is awaited

        const view = {metric, name, level, childLevel, years, rows, points, label, kids: kidsOf(data.periods, childLevel, rows, years),
            byKey: new Map(rows.map((r) => [`${divisionOf(r).code} ${r.year}`, r]))};
        names = new Map([...view.kids.values()].map((d) => [d.code, d.name]));
        if (state.division) names.set(state.division, name);
        timed('draw totals', () => renderTotals(view));
        if (stated && window.dashboardFirstChartMs == null) window.dashboardFirstChartMs = performance.now();
        timed('draw series', () => renderSeries(view));
        timed('draw table', () => renderTable(view, totalsParams));
        renderChildren(view, year);
        const ranked = await ranking;
        if (gen !== generation) return;
        timed('draw ranking', () => renderRanking(view, ranked, year));
    }

    /** Runs a step and leaves its duration in the browser's performance timeline (the load-time tests print them). */
    function timed(name, step) {
        const start = performance.now();
        try {
            return step();
        } finally {
            performance.measure(name, {start, end: performance.now()});
        }
    }

    function levelFromCode(code) {
        if (/0000$/.test(code)) return 'province';
        return /00$/.test(code) ? 'prefecture' : 'county';
    }

    function range(a, b) {
        const out = [];
        for (let y = a; y <= b; y++) out.push(y);
        return out;
    }

    // Without years in the URL, the view spans the first to the last year with a figure (all years when none has one).
    function trimYears(years, rows, points, fixedFrom, fixedTo) {
        const with_ = years.filter((y) => rows.some((r) => r.year === y && r.total != null)
            || points.some((p) => p.year === y && p.value != null));
        if (!with_.length) return years;
        const a = fixedFrom ?? with_[0];
        const b = fixedTo ?? with_[with_.length - 1];
        return years.filter((y) => y >= a && y <= b);
    }

    /**
     * The children on show, by code: every period of each child at the child level that is valid in a year shown (its
     * name that of the latest such period), and any division a totals row names.
     */
    function kidsOf(periods, childLevel, rows, years) {
        const kids = new Map();
        const first = years[0];
        const last = years[years.length - 1];
        for (const p of periods.filter((x) => x.level === childLevel)) {
            if ((p.validFrom ?? first) > last || (p.validTo ?? last) < first) continue;
            const k = kids.get(p.code);
            if (!k) kids.set(p.code, {code: p.code, name: p.name, level: p.level, periods: [p]});
            else {
                k.periods.push(p);
                if ((p.validTo ?? Infinity) >= (k.periods[0].validTo ?? Infinity)) k.name = p.name;
            }
        }
        for (const r of rows) {
            const d = divisionOf(r);
            if (!kids.has(d.code)) kids.set(d.code, {...d, periods: [{validFrom: r.year, validTo: r.year}]});
            else if (!kids.get(d.code).periods.some((p) => validIn(p, r.year))) kids.get(d.code).periods.push({validFrom: r.year, validTo: r.year});
        }
        return new Map([...kids.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    }

    /** The trail from the country down to the division; the names above it are filled in when they arrive. */
    function renderBreadcrumb(here, year) {
        const top = h('li', {}, h('button', {type: 'button', onclick: () => go(null)}, '全国'));
        if (!here) {
            $('breadcrumb').replaceChildren(top);
            return;
        }
        const current = h('li', {class: 'current'}, `${here.name} (${here.code})`);
        $('breadcrumb').replaceChildren(top, current);
        const above = [here.province, here.prefecture, here.parent].filter((c, i, all) => c && c !== here.code && all.indexOf(c) === i);
        const gen = generation;
        Promise.all(above.map((c) => api(`divisions/${c}`, {year}).then((x) => x.division))).then((ancestors) => {
            if (gen !== generation) return;
            $('breadcrumb').replaceChildren(top, ...ancestors.map((a) => h('li', {}, h('button', {type: 'button', onclick: () => go(a.code)}, a.name))), current);
        }, () => {}); // the trail without the names above is still a trail
    }

    /** The division tree in the year picked: the children valid that year, each a link one level down. */
    function renderChildren(view, year) {
        const box = $('children');
        if (!view.childLevel) {
            box.replaceChildren();
            return;
        }
        const kids = [...view.kids.values()].filter((k) => k.periods.some((p) => validIn(p, year)));
        box.replaceChildren(h('span', {class: 'meta'}, `${kids.length} ${UNIT_WORDS[view.childLevel]} in ${year}:`),
            ...kids.map((k) => h('button', {type: 'button', class: 'chip', onclick: () => go(k.code)}, k.name)));
    }

    function go(code) {
        state.division = code;
        state.year = null;
        update(true);
    }

    // ---- Panels ----

    function childrenOf(view) {
        return [...view.kids.values()];
    }

    /** A child's row in a year: its total, a gap where nothing is stated, or undefined where it was no division that year. */
    function cell(view, code, year) {
        const r = view.byKey.get(`${code} ${year}`);
        if (r) return r;
        const k = view.kids.get(code);
        return k && k.periods.some((p) => validIn(p, year)) ? {division: k, year, total: null, note: 'nothing stated'} : undefined;
    }

    function renderTotals(view) {
        const c = chart('totals-chart');
        const kids = childrenOf(view);
        $('totals-title').textContent = view.childLevel
            ? `${view.label}: ${view.name}'s ${UNIT_WORDS[view.childLevel]} by year`
            : `${view.label}: a county has no children`;
        const last = view.years.length - 1;
        const series = view.years.map((year, i) => ({
            name: String(year),
            type: 'bar',
            barMaxWidth: 28,
            itemStyle: {color: yearColor(i, last)},
            data: kids.map((d) => {
                const r = cell(view, d.code, year);
                if (!r || r.total == null) {
                    return {value: null, division: d.code, year, gap: r ? gapText(r) : 'not a division that year'};
                }
                return {
                    value: Number(r.total), division: d.code, year, method: r.method, approximate: r.approximate,
                    itemStyle: {opacity: opacityOf(r), decal: r.method === 'computed' ? HATCH : null,
                        // The first figure under a family's new definition: outlined, it does not compare with the bars before.
                        ...(r.editionBreak ? {borderColor: '#b35900', borderWidth: 2, borderType: 'dashed'} : {})},
                    // A stated zero has no height: its label keeps it apart from a gap. Only the bars that need a label get
                    // one (a label option on every bar makes ECharts build a label model per bar).
                    ...(r.approximate || Number(r.total) === 0
                        ? {label: {show: true, position: 'top', formatter: () => formatValue(r.total, r.approximate)}} : {}),
                };
            }),
        }));
        c.setOption({
            animation: false,
            aria: {enabled: true, decal: {show: false}},
            tooltip: {trigger: 'item', formatter: (p) => tooltipOf(view, p.data.division, p.data.year)},
            legend: {type: 'scroll', top: 0},
            grid: {left: 60, right: 20, top: 40, bottom: kids.length > 12 ? 90 : 60},
            xAxis: {type: 'category', data: kids.map((d) => d.name), axisLabel: {interval: 0, rotate: kids.length > 8 ? 35 : 0}},
            yAxis: {type: 'value', name: view.metric.unit},
            // No data shadow: drawing it means another pass over every bar.
            dataZoom: kids.length > 20 ? [{type: 'slider', bottom: 0, startValue: 0, endValue: 19, showDataShadow: false}] : [],
            series,
        }, true);
        c.off('click');
        c.on('click', (p) => showProvenance(p.data.division, p.data.year));
    }

    function yearColor(i, last) {
        // Older years lighter, newer darker, in one hue: a bar's colour says its year, not its quality.
        const t = last ? i / last : 1;
        const l = Math.round(72 - 40 * t);
        return `hsl(205, 65%, ${l}%)`;
    }

    function tooltipOf(view, code, year) {
        const r = cell(view, code, year) || (code === state.division ? view.points.find((p) => p.year === year) : null);
        const d = r ? (r.division ? divisionOf(r) : {name: view.name}) : {name: code};
        const box = h('div', {class: 'tip'}, h('strong', {}, `${d.name} ${year}`), h('br'));
        const value = r ? (r.total !== undefined ? r.total : r.value) : null;
        if (value == null) {
            box.append(r ? `not stated: ${gapText(r)}` : 'not a division that year');
        } else {
            box.append(`${formatValue(value, r.approximate)} ${view.metric.unit}`, h('br'), methodText(r));
            const cov = coverageText(r, d.level || view.level);
            if (cov) box.append(h('br'), cov);
            if (r.approximate) box.append(h('br'), 'includes an approximate figure');
            if (r.metricUsed && r.metricUsed !== state.metric) box.append(h('br'), `read from ${r.metricUsed}`);
            if (r.editionBreak || r.break) box.append(h('br'), `edition break${r.breakNote ? `: ${r.breakNote}` : ''}`);
            if (r.change != null) {
                box.append(h('br'), `change from ${r.changeFrom ?? 'the previous value'}: ${r.change > 0 ? '+' : ''}${formatValue(r.change)}`
                    + (r.changePercent != null ? ` (${r.changePercent > 0 ? '+' : ''}${r.changePercent}%)` : ''));
            } else if (r.notComparable) {
                box.append(h('br'), `no change given: ${r.notComparable}`);
            }
        }
        return box.outerHTML;
    }

    function renderSeries(view) {
        const c = chart('series-chart');
        $('series-title').textContent = `${view.name}: ${view.label} by year`;
        const byYear = new Map(view.points.map((p) => [p.year, p]));
        const data = view.years.map((y) => {
            const p = byYear.get(y);
            if (!p || p.value == null) return {value: null, year: y, gap: p ? gapText(p) : 'outside the range asked'};
            return {
                value: Number(p.value), year: y, method: p.method, approximate: p.approximate,
                symbol: p.method === 'reported' ? 'circle' : 'emptyCircle', symbolSize: 9,
                itemStyle: {opacity: opacityOf(p)},
                label: {show: true, formatter: () => formatValue(p.value, p.approximate)},
            };
        });
        const gaps = view.years.filter((y) => data[view.years.indexOf(y)].value == null);
        const breaks = view.points.filter((p) => p.break || p.seriesBreak || p.editionBreak);
        c.setOption({
            animation: false,
            tooltip: {trigger: 'item', formatter: (p) => tooltipOf(view, state.division, p.data ? p.data.year : Number(p.name))},
            grid: {left: 60, right: 20, top: 30, bottom: 30},
            xAxis: {type: 'category', data: view.years.map(String)},
            yAxis: {type: 'value', name: view.metric.unit},
            series: [{
                name: view.name, type: 'line', connectNulls: false, data,
                lineStyle: {width: 2}, itemStyle: {color: '#1f6fb2'},
                markArea: {
                    silent: true, itemStyle: {color: 'rgba(150,150,150,0.15)'}, label: {color: '#777', fontSize: 10},
                    data: gaps.map((y) => [{xAxis: String(y), name: 'no figure'}, {xAxis: String(y)}]),
                },
                markLine: {
                    symbol: 'none', lineStyle: {type: 'dashed', color: '#b35900'}, label: {formatter: 'edition break'},
                    data: breaks.map((p) => ({xAxis: String(p.year)})),
                },
            }],
        }, true);
        c.off('click');
        c.on('click', (p) => {
            if (p.componentType !== 'series' || !p.data) return;
            if (state.division) showProvenance(state.division, p.data.year);
            else $('provenance-hint').textContent = `The national value of ${p.data.year} adds the provinces' totals: click a province's bar or cell to see the reports behind it.`;
        });
        const notes = [];
        if (gaps.length) notes.push(`Grey years have no figure: ${gaps.join(', ')} (a gap, not zero).`);
        const incomparable = view.points.filter((p) => p.notComparable);
        if (incomparable.length) notes.push(`Not comparable with the year before: ${incomparable.map((p) => `${p.year} (${p.notComparable})`).join('; ')}.`);
        if (breaks.length) notes.push(`Edition breaks: ${breaks.map((p) => `${p.year}${p.breakNote ? ` (${p.breakNote})` : ''}`).join(', ')}.`);
        notes.push(state.division ? 'Filled point: reported by its own aggregate report; hollow: computed from the reports below it.'
            : 'The whole country: each year adds the provinces\' totals (no report speaks for the nation); faded where not every province states it.');
        $('series-note').textContent = notes.join(' ');
    }

    function renderRanking(view, ranking, year) {
        const c = chart('ranking-chart');
        const select = $('ranking-year');
        select.replaceChildren(...view.years.map((y) => h('option', {value: y, selected: y === year}, y)));
        $('ranking-title').textContent = view.childLevel
            ? `${view.name}'s ${UNIT_WORDS[view.childLevel]} ranked, ${year}` : 'Ranking';
        if (!ranking) {
            c.clear();
            $('unranked').textContent = 'A county has no children to rank.';
            return;
        }
        const rows = rowsOf(ranking).slice().reverse();
        c.setOption({
            animation: false,
            tooltip: {trigger: 'item', formatter: (p) => tooltipOf(view, p.data.division, year)},
            grid: {left: 140, right: 50, top: 10, bottom: 30},
            xAxis: {type: 'value', name: view.metric.unit},
            yAxis: {type: 'category', data: rows.map((r) => `${r.rank}. ${divisionOf(r).name}`)},
            series: [{
                type: 'bar', barMaxWidth: 22, itemStyle: {color: '#2a7f62'},
                label: {show: true, position: 'right', formatter: (p) => formatValue(p.value, p.data.approximate)},
                data: rows.map((r) => ({
                    value: Number(r.total), division: divisionOf(r).code, approximate: r.approximate,
                    itemStyle: {opacity: opacityOf(r), decal: r.method === 'computed' ? HATCH : null},
                })),
            }],
        }, true);
        c.off('click');
        c.on('click', (p) => showProvenance(p.data.division, year));
        const names = new Map(childrenOf(view).map((d) => [d.code, d.name]));
        const unranked = (ranking.unranked || []).map((u) => unrankedOf(u, names));
        // Divisions without any figure are counted; the ones left out for another reason are named with it.
        const noFigure = unranked.filter((u) => !u.reason || u.reason === 'no value' || u.reason.startsWith('no report'));
        const otherwise = unranked.filter((u) => !noFigure.includes(u));
        const parts = [];
        if (otherwise.length) parts.push(`Not ranked: ${otherwise.map((u) => `${u.division.name} (${u.reason})`).join('; ')}.`);
        if (noFigure.length) parts.push(`${noFigure.length} ${UNIT_WORDS[view.childLevel]} without a figure: ${noFigure.map((u) => u.division.name).join(', ')}.`);
        $('unranked').textContent = parts.join(' ');
        if (!rows.length) {
            c.setOption({graphic: {type: 'text', left: 'center', top: 'middle',
                style: {text: `Nothing to rank in ${year}`, fill: '#5f6b78', fontSize: 14}}});
        }
    }

    function renderTable(view, totalsParams) {
        const table = $('totals-table');
        const head = h('tr', {}, h('th', {}, 'division'), view.years.map((y) => h('th', {}, y)));
        const body = [];
        body.push(h('tr', {class: 'own'}, h('th', {}, state.division ? `${view.name} (itself)` : `${view.name} (the provinces added)`), view.years.map((y) => {
            const p = view.points.find((x) => x.year === y);
            return valueCell(p, p && p.value, state.division, y, view.level);
        })));
        for (const d of childrenOf(view)) {
            body.push(h('tr', {}, h('th', {}, d.name), view.years.map((y) => {
                const r = cell(view, d.code, y);
                return valueCell(r, r && r.total, d.code, y, d.level);
            })));
        }
        table.replaceChildren(h('thead', {}, head), h('tbody', {}, body));
        const link = $('csv-link');
        if (totalsParams) {
            const params = {...totalsParams, yearFrom: view.years[0], yearTo: view.years[view.years.length - 1], format: 'csv'};
            link.href = apiUrl('aggregates/totals', params).href;
            link.hidden = false;
        } else {
            link.hidden = true;
        }
    }

    function valueCell(r, value, code, year, level) {
        // The nation's own cells have no code: their sources are the provinces' cells below them.
        const attrs = code ? {dataset: {division: code, year: String(year)}, tabindex: 0} : {};
        if (!r) {
            return h('td', {...attrs, class: 'absent', title: 'not a division that year'}, '');
        }
        if (value == null) {
            return h('td', {...attrs, class: 'gap', title: `not stated: ${gapText(r)}`}, '—');
        }
        const cov = coverageText(r, level);
        const broken = r.editionBreak || r.break;
        return h('td', {...attrs, class: `value ${r.method || ''}${r.approximate ? ' approximate' : ''}${broken ? ' break' : ''}`,
                title: [methodText(r), cov, r.metricUsed && r.metricUsed !== state.metric ? `read from ${r.metricUsed}` : '',
                    broken ? `edition break${r.breakNote ? `: ${r.breakNote}` : ''}` : ''].filter(Boolean).join('; ')},
            formatValue(value, r.approximate), cov ? h('small', {}, coverageOf(r).have ?? 0, '/', coverageOf(r).of) : null,
            r.method === 'reported' ? h('small', {class: 'tag'}, 'R') : null);
    }

    // ---- Provenance: the figures behind a value, and the sentence or cell each came from ----

    let provenanceSeq = 0;
    let names = new Map(); // division code → name, of the divisions on show

    async function showProvenance(code, year) {
        if (!code || !year) return;
        const seq = ++provenanceSeq;
        const list = $('provenance-list');
        $('report-view').hidden = true;
        const where = names.get(code) || code;
        $('provenance-hint').textContent = `Figures stated for ${state.metric} in ${year} by ${where} or below it …`;
        list.replaceChildren();
        try {
            const answer = await api('observations', {metric: statedMetrics(state.metric), within: code, yearFrom: year, yearTo: year, limit: 1000});
            if (seq !== provenanceSeq) return;
            const figures = listOf(answer);
            if (!figures.length) {
                $('provenance-hint').textContent = `No report states ${state.metric} for ${where} or below it in ${year}: the value is a gap, not zero.`;
                return;
            }
            $('provenance-hint').textContent = `${figures.length} figure${figures.length > 1 ? 's' : ''} stated for ${state.metric} in ${year} `
                + `within ${where}. The roll-up rule decides which enter the total: a division's own aggregate report replaces the reports below it.`;
            list.replaceChildren(...figures.map((f) => h('li', {},
                h('button', {type: 'button', class: 'figure', dataset: {report: f.report, figure: f.id}, onclick: () => showReport(f)},
                    h('strong', {}, `${formatValue(f.value, f.qualifier && f.qualifier !== 'exact')} ${f.unit || ''}`), ' ',
                    h('span', {class: 'meta'}, `${f.issuerName} · ${f.scope}${f.breakdown ? ` · ${f.breakdown}` : ''}`
                        + `${f.subjectName ? ` · about ${f.subjectName}` : ''} · ${f.edition} · report ${f.report}`),
                    f.quote ? h('q', {}, f.quote) : null))));
            // Open the figure most likely behind the value: the division's own aggregate figure about itself, else any about its issuer.
            const plain = figures.filter((f) => !f.subjectName && !f.breakdown);
            const own = plain.find((f) => divisionOf(f).code === code && f.scope === 'aggregate') || plain[0] || figures[0];
            await showReport(own);
        } catch (e) {
            if (seq !== provenanceSeq) return;
            $('provenance-hint').textContent = e.message;
        }
    }

    async function showReport(figure) {
        const seq = ++provenanceSeq;
        const [report, text] = await Promise.all([api(`reports/${figure.report}`), api(`reports/${figure.report}/text`, null, 'text/plain')
            .catch((e) => (e.status === 404 ? '' : Promise.reject(e)))]);
        if (seq !== provenanceSeq) return;
        for (const b of document.querySelectorAll('#provenance-list button')) {
            b.classList.toggle('chosen', b.dataset.figure === String(figure.id));
        }
        const obs = (report.observations || []).find((o) => o.metric === figure.metric
            && String(o.value) === String(figure.value) && (o.breakdown || null) === (figure.breakdown || null)
            && ((o.subject && o.subject.name) || null) === (figure.subjectName || null)) || null;
        const p = (obs && obs.provenance) || {};
        $('report-title').textContent = report.title || `report ${report.id}`;
        const meta = [`${report.issuerName}`, `${report.year}`, `${report.scope} scope`, `${report.edition} edition`,
            `revision ${report.revision}`];
        if (p.table) meta.push(`table ${[p.table.section, p.table.row, p.table.column].filter(Boolean).join(' › ')}`);
        if (p.writtenAs) meta.push(`written as “${p.writtenAs}”`);
        if (report.sourceUrl) meta.push(report.sourceUrl);
        $('report-meta').textContent = meta.join(' · ');
        const pre = $('report-text');
        if (text && p.start != null && p.end != null && p.end <= text.length) {
            const mark = h('mark', {}, text.slice(p.start, p.end));
            pre.replaceChildren(text.slice(0, p.start), mark, text.slice(p.end));
            $('report-view').hidden = false;
            // Scroll the text box to the sentence, and the page only as far as needed to show the box.
            pre.scrollTop = Math.max(0, mark.offsetTop - pre.clientHeight / 3); // offsetTop is within the box: it is positioned
            $('provenance').scrollIntoView({block: 'nearest'});
        } else {
            pre.replaceChildren(text || 'The report\'s text is not stored.',
                p.quote ? h('p', {class: 'key'}, 'Quoted: ', h('mark', {}, p.quote)) : '');
            $('report-view').hidden = false;
        }
    }

    // ---- Start ----

    function setupControls() {
        $('metric-select').addEventListener('change', (e) => {
            state.metric = e.target.value;
            update(true);
        });
        const years = () => {
            state.from = intOrNull($('year-from').value);
            state.to = intOrNull($('year-to').value);
            state.year = null;
            update(true);
        };
        $('year-from').addEventListener('change', years);
        $('year-to').addEventListener('change', years);
        $('years-auto').addEventListener('click', () => {
            state.from = null;
            state.to = null;
            update(true);
        });
        $('ranking-year').addEventListener('change', (e) => {
            state.year = intOrNull(e.target.value);
            update(true);
        });
        $('totals-table').addEventListener('click', (e) => {
            const td = e.target.closest('td[data-division]');
            if (td) showProvenance(td.dataset.division, Number(td.dataset.year));
        });
        $('totals-table').addEventListener('keydown', (e) => {
            const td = e.target.closest('td[data-division]');
            if (td && e.key === 'Enter') showProvenance(td.dataset.division, Number(td.dataset.year));
        });
        window.addEventListener('popstate', () => {
            readUrl();
            update(false);
        });
    }

    let catalogue = null;

    async function start() {
        readUrl();
        setupControls();
        setupDivisionSearch();
        catalogue = loadCatalogue().catch((e) => {
            throw new ApiError(`The metric catalogue could not be read: ${e.message}`, e.status);
        });
        await update(false);
    }

    window.dashboard = {charts, state};
    start();
})();
